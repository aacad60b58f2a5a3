import { AsyncLocalStorage } from 'node:async_hooks';
import type { Span } from './span.js';
import type { Trace } from './trace.js';

/** The trace and spans current for a piece of async work. @internal */
export interface ContextState {
  trace: Trace;
  span?: Span<any>;
  previousSpan?: Span<any>;
}

/** A trace and the span current in it, as `getCurrentTraceContext` captures them. */
export interface TraceContextSnapshot {
  readonly trace: Trace;
  readonly span?: Span<any> | null;
}

// One storage per process, even when both the ESM and the CJS build of this package are loaded: a trace
// started through one must be current in code that reads it through the other.
const STORAGE_KEY = Symbol.for('baton.tracing.context');
export const storage: AsyncLocalStorage<ContextState | undefined> = ((
  globalThis as Record<symbol, unknown>
)[STORAGE_KEY] ??= new AsyncLocalStorage<
  ContextState | undefined
>()) as AsyncLocalStorage<ContextState | undefined>;

/** The trace of the code that calls it, or `null` outside any trace. */
export function getCurrentTrace(): Trace | null {
  return storage.getStore()?.trace ?? null;
}

/** The span current for the code that calls it (the innermost `with*Span`), or `null`. */
export function getCurrentSpan(): Span<any> | null {
  return storage.getStore()?.span ?? null;
}
