import { afterEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../errors/errors.js';
import { RateLimiter } from './rate-limiter.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('RateLimiter', () => {
  it('lets `concurrency` requests run and starts the waiting ones in order as leases end', async () => {
    const limiter = new RateLimiter({ concurrency: 2 });
    const first = await limiter.acquire(1);
    await limiter.acquire(1);
    const started: number[] = [];
    const third = limiter.acquire(1).then((lease) => {
      started.push(3);
      return lease;
    });
    const fourth = limiter.acquire(1).then((lease) => {
      started.push(4);
      return lease;
    });
    await Promise.resolve();
    expect(limiter.pending).toBe(2);
    first.release();
    first.release();
    (await third).release();
    await fourth;
    expect(started).toEqual([3, 4]);
    expect(limiter.active).toBe(2);
  });

  it('takes an aborted waiter out of the queue at once, leaving no timer behind', async () => {
    vi.useFakeTimers();
    const limiter = new RateLimiter({ requestsPerMinute: 1 });
    await limiter.acquire(1);
    const controller = new AbortController();
    const waiting = limiter.acquire(1, controller.signal);
    expect(limiter.pending).toBe(1);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    expect(limiter.pending).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('starts no more than requestsPerMinute in a sliding minute', async () => {
    vi.useFakeTimers();
    const limiter = new RateLimiter({ requestsPerMinute: 2 });
    (await limiter.acquire(1)).release();
    (await limiter.acquire(1)).release();
    let third = false;
    const waiting = limiter.acquire(1).then((lease) => {
      third = true;
      return lease;
    });
    await vi.advanceTimersByTimeAsync(59_000);
    expect(third).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    await waiting;
    expect(third).toBe(true);
  });

  it('counts estimated tokens per minute and frees what a response did not use', async () => {
    vi.useFakeTimers();
    const limiter = new RateLimiter({ tokensPerMinute: 1000 });
    const first = await limiter.acquire(800);
    let second = false;
    const waiting = limiter.acquire(400).then(() => (second = true));
    await Promise.resolve();
    expect(second).toBe(false);
    first.settle(300);
    await waiting;
    expect(second).toBe(true);
  });

  it('lets a request bigger than the whole token budget through once the window is empty', async () => {
    const limiter = new RateLimiter({ tokensPerMinute: 10 });
    await expect(limiter.acquire(50)).resolves.toBeDefined();
  });

  it('refuses limits that are not positive integers', () => {
    expect(() => new RateLimiter({ concurrency: 0 })).toThrow(UserError);
    expect(() => new RateLimiter({ requestsPerMinute: 1.5 })).toThrow(
      /positive integer/,
    );
  });
});
