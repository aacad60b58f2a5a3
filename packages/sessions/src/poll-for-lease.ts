import { setTimeout as sleep } from 'node:timers/promises';
import type { SessionLease } from '@baton/core';

/**
 * Waits for a conversation's write lock: tries to take it, and while another run holds it, pauses with capped
 * exponential backoff and full jitter (waiters that collided once spread out instead of polling in step) before
 * trying again. Rejects with the signal's reason once `signal` aborts; a lock taken just as the signal aborted is
 * handed straight back rather than held for a caller who left.
 * @internal
 */
export async function pollForLease<TLease extends SessionLease>(options: {
  /** One attempt: the lease when the lock was free, else undefined. */
  tryTake: () => Promise<TLease | undefined>;
  retryMinMs: number;
  retryMaxMs: number;
  signal?: AbortSignal;
}): Promise<TLease> {
  const { signal } = options;
  let pause = options.retryMinMs;
  for (;;) {
    signal?.throwIfAborted();
    const lease = await options.tryTake();
    if (lease) {
      if (signal?.aborted) {
        await lease.release().catch(() => undefined);
        signal.throwIfAborted();
      }
      return lease;
    }
    await sleep(Math.random() * pause, undefined, { signal }).catch(
      (error: unknown) => {
        signal?.throwIfAborted();
        throw error;
      },
    );
    pause = Math.min(options.retryMaxMs, pause * 2);
  }
}
