/**
 * Waits `delayMs`, or rejects with the signal's reason as soon as it aborts; either way the timer and the listener
 * are gone when it settles, so an aborted run leaves nothing scheduled behind.
 * @internal
 */
export function waitBeforeRetry(
  delayMs: number,
  signal: AbortSignal,
): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason as unknown);
  if (delayMs <= 0) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason as unknown);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, delayMs);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** @internal The backoff delay before retry number `attempt` (from 1), jittered by ±12.5% unless turned off. */
export function backoffDelay(
  attempt: number,
  backoff:
    | {
        initialDelayMs?: number;
        maxDelayMs?: number;
        multiplier?: number;
        jitter?: boolean;
      }
    | undefined,
): number {
  const initial = backoff?.initialDelayMs ?? 250;
  const max = backoff?.maxDelayMs ?? 2000;
  const multiplier = backoff?.multiplier ?? 2;
  const capped = Math.min(
    initial * multiplier ** Math.max(0, attempt - 1),
    max,
  );
  if (backoff?.jitter === false) return capped;
  return Math.round(capped * (0.875 + Math.random() * 0.25));
}
