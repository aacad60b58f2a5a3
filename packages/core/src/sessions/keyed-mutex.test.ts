import { describe, expect, it } from 'vitest';
import { KeyedMutex } from './keyed-mutex.js';

describe('KeyedMutex', () => {
  it('lets holders of one key in one at a time, in arrival order', async () => {
    const mutex = new KeyedMutex();
    const order: string[] = [];
    const work = async (name: string) => {
      const release = await mutex.acquire('conv');
      order.push(`${name} in`);
      await new Promise((resolve) => setImmediate(resolve));
      order.push(`${name} out`);
      release();
    };
    await Promise.all([work('a'), work('b'), work('c')]);
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out']);
  });

  it('does not make different keys wait for each other', async () => {
    const mutex = new KeyedMutex();
    const first = await mutex.acquire('one');
    const second = await mutex.acquire('two');
    first();
    second();
  });

  it('forgets a key once nobody holds or waits for it', async () => {
    const mutex = new KeyedMutex();
    const release = await mutex.acquire('conv');
    const waiting = mutex.acquire('conv');
    expect(mutex.size).toBe(1);
    release();
    release();
    (await waiting)();
    expect(mutex.size).toBe(0);
  });

  it('takes a waiter whose signal aborts out of the queue', async () => {
    const mutex = new KeyedMutex();
    const release = await mutex.acquire('conv');
    const controller = new AbortController();
    const abandoned = mutex.acquire('conv', controller.signal);
    const next = mutex.acquire('conv');
    controller.abort(new Error('gave up'));
    await expect(abandoned).rejects.toThrow('gave up');
    release();
    (await next)();
    expect(mutex.size).toBe(0);
    await expect(mutex.acquire('conv', controller.signal)).rejects.toThrow(
      'gave up',
    );
  });
});
