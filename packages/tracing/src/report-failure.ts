const reported = new Set<string>();

/**
 * Tells the developer that tracing failed somewhere, without ever failing what was traced: one line on stderr, once
 * per kind of failure (tracing imports nothing of Baton, so it has no logger of its own).
 * @internal
 */
export function reportFailure(message: string, error?: unknown): void {
  // A processor that fails once usually fails on every span: say so once, not thousands of times.
  if (reported.has(message)) return;
  reported.add(message);
  const detail =
    error === undefined
      ? ''
      : `: ${error instanceof Error ? error.message : String(error)}`;
  console.warn(`[baton:tracing] ${message}${detail}`);
}

// Shared by the ESM and CJS builds and by every entry point of this package (each bundles its own copy of this
// module), so that any of them recognises what another returned.
const RESOLVED_KEY = Symbol.for('baton.tracing.resolved');

/**
 * An already fulfilled promise. Processors of this package do their work synchronously and return it from their
 * callbacks, so that the span that called them need not attach a handler, allocate a promise or queue a
 * microtask for each of the two events of every span.
 * @internal
 */
export const RESOLVED: Promise<void> = ((globalThis as Record<symbol, unknown>)[
  RESOLVED_KEY
] ??= Promise.resolve()) as Promise<void>;

/**
 * What a processor's callback returned, as a promise that never rejects: {@link RESOLVED} for a callback that is
 * done already, else the callback's promise with its rejection reported.
 * @internal
 */
export function settled(what: string, result: unknown): Promise<void> {
  if (result === RESOLVED || result === undefined || result === null)
    return RESOLVED;
  if (typeof (result as PromiseLike<unknown>).then !== 'function')
    return RESOLVED;
  return Promise.resolve(result as PromiseLike<unknown>).then(
    ignoreValue,
    (error: unknown) => reportFailure(`${what} failed`, error),
  );
}

/** Calls a processor's method; a throw or a rejection is reported, never passed on. @internal */
export function guarded(
  what: string,
  call: () => Promise<void> | void,
): Promise<void> {
  try {
    return settled(what, call());
  } catch (error) {
    reportFailure(`${what} failed`, error);
    return RESOLVED;
  }
}

function ignoreValue(): void {}
