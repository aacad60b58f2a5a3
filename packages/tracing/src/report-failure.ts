/**
 * Tells the developer that tracing failed somewhere, without ever failing what was traced. Tracing has no logger
 * of its own (it imports nothing of Baton): it writes one line to stderr.
 * @internal
 */
export function reportFailure(message: string, error?: unknown): void {
  const detail =
    error === undefined
      ? ''
      : `: ${error instanceof Error ? error.message : String(error)}`;
  console.warn(`[baton:tracing] ${message}${detail}`);
}

/** Calls a processor's method; a throw or a rejection is reported, never passed on. @internal */
export function guarded(
  what: string,
  call: () => Promise<void> | void,
): Promise<void> {
  try {
    const result = call();
    if (result && typeof result.then === 'function')
      return result.then(undefined, (error: unknown) =>
        reportFailure(`${what} failed`, error),
      );
  } catch (error) {
    reportFailure(`${what} failed`, error);
  }
  return Promise.resolve();
}
