import { describe, expect, it } from 'vitest';
import { CountedQueue } from './counted-queue.js';

describe('CountedQueue', () => {
  it('returns an entry as many times as it asks for, then the next one', () => {
    const queue = new CountedQueue<{ id: string; times?: number }>();
    queue.push({ id: 'a', times: 2 }, { id: 'b' });
    expect([
      queue.take()?.id,
      queue.take()?.id,
      queue.take()?.id,
      queue.take(),
    ]).toEqual(['a', 'a', 'b', undefined]);
  });

  it('ignores entries asking for zero uses', () => {
    const queue = new CountedQueue<{ times?: number }>();
    queue.push({ times: 0 });
    expect(queue.size).toBe(0);
  });
});
