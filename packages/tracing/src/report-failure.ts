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
