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
 * Takes the session's write lock for one run: this process's lock on the session id (a first-come, first-served
 * queue), then, when the session has one, its own `lock()` (a store shared between processes). Runs of one process
 * thus queue in order without polling the store, and only one of them at a time competes with other processes.
 * Waiting ends with `signal`'s reason when it aborts, and the run then never held the lock.
 * @internal
 */
export async function holdSession(
  session: Session,
  signal?: AbortSignal,
): Promise<SessionHold> {
  const releaseLocal = await sessionMutex.acquire(
    await session.getSessionId(),
    signal,
  );
  if (!session.lock)
    return {
      session,
      append: (items) => session.addItems(items),
      release: async () => releaseLocal(),
    };
  let lease;
  try {
    lease = await session.lock(signal && { signal });
  } catch (error) {
    releaseLocal();
    throw error;
  }
  const held = lease;
  return {
    session,
    append: (items) => held.addItems(items),
    release: async () => {
      try {
        await held.release();
      } finally {
        releaseLocal();
      }
    },
  };
}
