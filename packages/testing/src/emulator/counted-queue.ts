/**
 * A FIFO whose entries may serve several takes: an entry with `times: n` is returned by the next n calls to
 * `take()` before the queue moves on.
 * @internal
 */
export class CountedQueue<T extends { times?: number }> {
  #entries: Array<{ value: T; left: number }> = [];

  /** Appends entries; `times` below 1 makes an entry inert. */
  push(...values: T[]): void {
    for (const value of values) {
      const left = value.times ?? 1;
      if (left >= 1) this.#entries.push({ value, left });
    }
  }

  /** The head entry, counting one use of it; `undefined` when empty. */
  take(): T | undefined {
    const head = this.#entries[0];
    if (!head) return undefined;
    head.left -= 1;
    if (head.left <= 0) this.#entries.shift();
    return head.value;
  }

  /** How many entries (not uses) are queued. */
  get size(): number {
    return this.#entries.length;
  }

  /** Drops every entry. */
  clear(): void {
    this.#entries = [];
  }
}
