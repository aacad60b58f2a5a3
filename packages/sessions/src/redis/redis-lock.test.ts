import { describe, expect, it } from 'vitest';
import type { AgentInputItem } from '@baton/core';
import { type RedisSession } from './redis-session.js';
import { SessionLockLostError } from '../errors/session-lock-lost-error.js';
import { useRedisSessions } from '../../test/support/use-redis-sessions.js';

const say = (text: string): AgentInputItem => ({
  type: 'message',
  role: 'user',
  content: text,
});

const redis = useRedisSessions();

// Each instance has its own connection, as runs in different processes would.
function instance(sessionId: string, ttlMs?: number): RedisSession {
  return redis.open({ sessionId, lock: { ttlMs, retryMaxMs: 20 } });
}

describe('RedisSession.lock', () => {
  it('never lets two runs hold the lock at once', async () => {
    let holders = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 10 }, async (_, index) => {
        const chat = instance('exclusive');
        const lease = await chat.lock();
        holders++;
        most = Math.max(most, holders);
        await new Promise((resolve) => setTimeout(resolve, 5));
        await lease.addItems([say(`turn ${index}`), say(`end ${index}`)]);
        holders--;
        await lease.release();
      }),
    );
    expect(most).toBe(1);
    const items = await instance('exclusive').getItems();
    expect(items).toHaveLength(20);
    // Whole turns: every turn's two items sit next to each other.
    for (let i = 0; i < 20; i += 2) {
      const turn = (items[i] as { content: string }).content.split(' ')[1];
      expect(items[i + 1]).toEqual(say(`end ${turn}`));
    }
  });

  it('refuses a stale lease’s write once a newer lease exists, appending nothing', async () => {
    const stale = await instance('fenced').lock();
    // The holder was paused past the lock's time to live: the lock is gone and another run takes it.
    await redis.raw.del('baton:session:{fenced}:lock');
    const fresh = await instance('fenced').lock();
    expect(Number(fresh.fencingToken)).toBeGreaterThan(
      Number(stale.fencingToken),
    );
    const error = await stale.addItems([say('late')]).catch((e) => e);
    expect(SessionLockLostError.isInstance(error)).toBe(true);
    await fresh.addItems([say('current')]);
    await fresh.release();
    // Still refused once the newer lease is released: the token, not the lock, decides.
    await expect(stale.addItems([say('later')])).rejects.toThrow(
      SessionLockLostError,
    );
    await stale.release();
    expect(await instance('fenced').getItems()).toEqual([say('current')]);
  });

  it('keeps the lock while the holder works past its time to live', async () => {
    const holder = await instance('renewed', 500).lock();
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const controller = new AbortController();
    const waiting = instance('renewed', 500).lock({
      signal: controller.signal,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    controller.abort();
    await expect(waiting).rejects.toThrow();
    await holder.addItems([say('still mine')]);
    await holder.release();
  });

  it('stops waiting when the signal aborts, and leaves the lock to the next run', async () => {
    const holder = await instance('abort').lock();
    const controller = new AbortController();
    const reason = new Error('caller gave up');
    const waiting = instance('abort').lock({ signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    await holder.release();
    expect(await redis.raw.exists('baton:session:{abort}:lock')).toBe(0);
    const next = await instance('abort').lock({
      signal: AbortSignal.timeout(5000),
    });
    await next.release();
  });

  it('rejects at once when the signal has already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      instance('aborted').lock({ signal: controller.signal }),
    ).rejects.toThrow();
    expect(await redis.raw.exists('baton:session:{aborted}:lock')).toBe(0);
  });

  it('releases idempotently and lets the next run in', async () => {
    const first = await instance('release').lock();
    await first.release();
    await first.release();
    const second = await instance('release').lock();
    // The first holder's late release must not free the second's lock.
    await first.release();
    expect(await redis.raw.exists('baton:session:{release}:lock')).toBe(1);
    await second.release();
  });
});
