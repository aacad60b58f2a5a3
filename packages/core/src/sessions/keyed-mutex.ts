/** Gives back a held lock; calling it again does nothing. */
export type ReleaseLock = () => void;

/**
 * Mutual exclusion by key, within this process: one holder per key at a time, the others wait in arrival order.
 * A key's entry exists only while someone holds or waits for it, so a long-running process that sees many keys
 * does not grow. A waiter whose signal aborts leaves the queue at once and rejects with the signal's reason.
 * @internal
 */
export class KeyedMutex {
  // Present while the key is held; the array holds the waiters, oldest first.
  readonly #waiting = new Map<string, Array<() => void>>();

  /** Takes the lock of `key`, waiting for earlier holders first. */
  async acquire(key: string, signal?: AbortSignal): Promise<ReleaseLock> {
    signal?.throwIfAborted();
    const queue = this.#waiting.get(key);
    if (!queue) {
      this.#waiting.set(key, []);
      return this.#releaser(key);
    }
    await new Promise<void>((resolve, reject) => {
      const wake = () => {
        signal?.removeEventListener('abort', leave);
        resolve();
      };
      const leave = () => {
        const index = queue.indexOf(wake);
        if (index >= 0) queue.splice(index, 1);
        reject(signal!.reason);
      };
      queue.push(wake);
      signal?.addEventListener('abort', leave, { once: true });
    });
    return this.#releaser(key);
  }

  /** How many keys are held or waited for (what shows that idle keys are forgotten). */
  get size(): number {
    return this.#waiting.size;
  }

  #releaser(key: string): ReleaseLock {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const queue = this.#waiting.get(key);
      const next = queue?.shift();
      if (next) next();
      else this.#waiting.delete(key);
    };
  }
}

/** The process-wide lock of sessions without a `lock()` of their own, by session id. @internal */
export const sessionMutex = new KeyedMutex();
