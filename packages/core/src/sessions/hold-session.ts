import type { AgentInputItem } from '../items/items.js';
import { sessionMutex } from './keyed-mutex.js';
import type { Session } from './session.js';

/** A run's hold on its session, from loading the history to appending its items. @internal */
export interface SessionHold {
  readonly session: Session;
  /** Appends items through the lease when the session has a lock of its own, else straight to the session. */
  append(items: AgentInputItem[]): Promise<void>;
  /** Lets the next run in; idempotent. */
  release(): Promise<void>;
}

/**
 * Takes the session's write lock for one run: the session's own `lock()` when it has one (a store shared between
 * processes), else this process's lock on the session id. Waiting ends with `signal`'s reason when it aborts, and
 * the run then never held the lock.
 * @internal
 */
export async function holdSession(
  session: Session,
  signal?: AbortSignal,
): Promise<SessionHold> {
  if (session.lock) {
    const lease = await session.lock(signal && { signal });
    return {
      session,
      append: (items) => lease.addItems(items),
      release: () => lease.release(),
    };
  }
  const release = await sessionMutex.acquire(
    await session.getSessionId(),
    signal,
  );
  return {
    session,
    append: (items) => session.addItems(items),
    release: async () => release(),
  };
}
