// The fulfilled promise that this package's processors return from callbacks that are done at once (see
// `RESOLVED` in report-failure.ts). Each entry point bundles its own modules, so the one promise of the process is
// found through the global symbol registry.
const RESOLVED_KEY = Symbol.for('baton.tracing.resolved');

/** @internal */
export const RESOLVED: Promise<void> = ((globalThis as Record<symbol, unknown>)[
  RESOLVED_KEY
] ??= Promise.resolve()) as Promise<void>;
