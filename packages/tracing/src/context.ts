import type { Span, SpanError } from './span.js';
import type { Trace, TraceOptions } from './trace.js';
import { getGlobalTraceProvider } from './trace-provider.js';
import {
  getCurrentSpan,
  getCurrentTrace,
  storage,
  type TraceContextSnapshot,
} from './current-context.js';

export {
  getCurrentSpan,
  getCurrentTrace,
  type TraceContextSnapshot,
} from './current-context.js';

/** The current trace and span, to continue them later with {@link withTraceContext}; `null` outside a trace. */
export function getCurrentTraceContext(): TraceContextSnapshot | null {
  const state = storage.getStore();
  if (!state) return null;
  return state.span
    ? { trace: state.trace, span: state.span }
    : { trace: state.trace };
}

/** Runs `fn` in a captured trace context (or, given `null`, outside any trace). */
export function withTraceContext<T>(
  context: TraceContextSnapshot | null | undefined,
  fn: () => T,
): T {
  if (!context) return storage.run(undefined, fn);
  return storage.run(
    {
      trace: context.trace,
      span: context.span ?? undefined,
      previousSpan: context.span?.previousSpan,
    },
    fn,
  );
}

/**
 * Runs `fn` inside a new trace (or the given one): every run and span started inside joins it. The trace starts
 * before `fn` and ends when `fn` settles — for a streamed run returned by `fn`, when its stream completes.
 *
 * @example
 * await withTrace('Joke workflow', async () => {
 *   const first = await run(agent, 'Tell me a joke');
 *   await run(agent, `Rate this joke: ${first.finalOutput}`);
 * });
 */
export async function withTrace<T>(
  trace: string | Trace,
  fn: (trace: Trace) => Promise<T>,
  options: TraceOptions = {},
): Promise<T> {
  const current =
    typeof trace === 'string'
      ? getGlobalTraceProvider().createTrace({ ...options, name: trace })
      : trace;
  return storage.run({ trace: current }, () => runTraced(current, fn));
}

/**
 * Runs `fn` in the current trace, or, outside any trace, in a new one made from `options` that ends with `fn`.
 */
export async function getOrCreateTrace<T>(
  fn: () => Promise<T>,
  options: TraceOptions = {},
): Promise<T> {
  if (getCurrentTrace()) return fn();
  const trace = getGlobalTraceProvider().createTrace(options);
  return storage.run({ trace }, () => runTraced(trace, fn));
}

async function runTraced<T>(
  trace: Trace,
  fn: (trace: Trace) => Promise<T>,
): Promise<T> {
  await trace.start();
  let result: T;
  try {
    result = await fn(trace);
  } catch (error) {
    await trace.end();
    throw error;
  }
  const completed = streamCompletion(result);
  if (completed) void completed.then(endTrace, endTrace);
  else await trace.end();
  return result;

  function endTrace() {
    void trace.end();
  }
}

// A streamed run goes on after `fn` returns it: its trace ends with its stream. (Read structurally: this
// package knows nothing of Baton's result classes.)
function streamCompletion(result: unknown): Promise<unknown> | undefined {
  if (typeof result !== 'object' || result === null) return undefined;
  const completed = (result as { completed?: unknown }).completed;
  return completed instanceof Promise ? completed : undefined;
}

/**
 * Makes `span` the current span of the current trace context; {@link resetCurrentSpan} goes back to the one
 * before. Throws outside a trace.
 */
export function setCurrentSpan(span: Span<any>): void {
  const state = storage.getStore();
  if (!state)
    throw new Error(
      'There is no current trace to set a span in: call setCurrentSpan inside withTrace() (or a run).',
    );
  if (state.span) {
    state.span.previousSpan = state.previousSpan;
    state.previousSpan = state.span;
  }
  span.previousSpan = state.span ?? state.previousSpan;
  state.span = span;
}

/** Makes the span that was current before the last {@link setCurrentSpan} current again. */
export function resetCurrentSpan(): void {
  const state = storage.getStore();
  if (!state) return;
  state.span = state.previousSpan;
  state.previousSpan = state.previousSpan?.previousSpan;
}

/** Marks the current span as failed. */
export function addErrorToCurrentSpan(error: SpanError): void {
  getCurrentSpan()?.setError(error);
}

/**
 * Runs `fn` in a copy of the current context, so that the spans it makes current stay its own: parallel work
 * (tool calls of one turn, concurrent runs) never sees another's current span.
 */
export function withNewSpanContext<T>(fn: () => Promise<T>): Promise<T> {
  const state = storage.getStore();
  if (!state) return fn();
  return storage.run({ ...state }, fn);
}
