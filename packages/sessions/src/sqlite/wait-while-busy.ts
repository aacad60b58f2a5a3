import { setTimeout as sleep } from 'node:timers/promises';
import { SessionBusyError } from '../errors/session-busy-error.js';

// SQLITE_BUSY and SQLITE_LOCKED, as primary result codes (the low byte of an extended code).
const BUSY_CODES = new Set([5, 6]);

/** Whether a driver error says another connection holds the lock (both drivers' shapes). @internal */
export function isSQLiteBusy(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { errcode, code } = error as { errcode?: unknown; code?: unknown };
  if (typeof errcode === 'number') return BUSY_CODES.has(errcode & 0xff);
  return (
    typeof code === 'string' &&
    (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
  );
}

/**
 * Runs one synchronous database operation, trying it again while another connection holds the lock, until
 * `timeoutMs` has passed. The waits are timers, not SQLite's own busy handler, because that one sleeps inside the
 * call and so would stop the whole process (every other run and request) for as long as the lock is held; the
 * short random waits also give a waiting process a fair chance against a writer that writes again at once.
 * @internal
 */
export async function waitWhileBusy<T>(
  operation: () => T,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return operation();
    } catch (error) {
      if (!isSQLiteBusy(error)) throw error;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new SessionBusyError(
          `The SQLite file stayed locked by other writers for ${timeoutMs} ms; nothing was written. Retry, or give the session a longer busyTimeoutMs.`,
          { cause: error },
        );
      const ceiling = Math.min(2 ** attempt, 32);
      await sleep(Math.min(left, 1 + Math.random() * ceiling));
    }
  }
}
