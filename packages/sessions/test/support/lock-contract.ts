import { expect, it } from 'vitest';
import type { AgentInputItem, Session, SessionLease } from '@baton/core';
import { SessionLockLostError } from '../../src/errors/session-lock-lost-error.js';

/** A session whose `lock()` gives leases with a fencing token, as both of this package's stores do. */
type LockingSession = Omit<Session, 'lock'> & {
  lock(options?: {
    signal?: AbortSignal;
  }): Promise<SessionLease & { fencingToken: string | number }>;
};

const say = (text: string): AgentInputItem => ({
  type: 'message',
  role: 'user',
  content: text,
});

/**
 * The behaviour every store's write lock must have, as tests in the calling `describe`: `open` gives a new instance
 * (its own connection where the store has one, as another process would), `expire` ends the current lease on a
 * conversation as if its holder had been paused past its time to live.
 */
export function itKeepsTheLockContract(store: {
  open(sessionId: string, ttlMs?: number): LockingSession;
  expire(sessionId: string): Promise<unknown>;
}): void {
  const { open, expire } = store;

  it('never lets two runs hold the lock at once', async () => {
    let holders = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 10 }, async (_, index) => {
        const lease = await open('exclusive').lock();
        holders++;
        most = Math.max(most, holders);
        await new Promise((resolve) => setTimeout(resolve, 5));
        await lease.addItems([say(`turn ${index}`), say(`end ${index}`)]);
        holders--;
        await lease.release();
      }),
    );
    expect(most).toBe(1);
    const items = await open('exclusive').getItems();
    expect(items).toHaveLength(20);
    // Whole turns: every turn's two items sit next to each other.
    for (let i = 0; i < 20; i += 2) {
      const turn = (items[i] as { content: string }).content.split(' ')[1];
      expect(items[i + 1]).toEqual(say(`end ${turn}`));
    }
  });

  it('refuses a stale lease’s write once a newer lease exists, appending nothing', async () => {
    const stale = await open('fenced').lock();
    await expire('fenced');
    const fresh = await open('fenced').lock();
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
    expect(await open('fenced').getItems()).toEqual([say('current')]);
  });

  it('keeps the lock while the holder works past its time to live', async () => {
    const holder = await open('renewed', 300).lock();
    await new Promise((resolve) => setTimeout(resolve, 800));
    await expect(
      open('renewed', 300).lock({ signal: AbortSignal.timeout(200) }),
    ).rejects.toThrow();
    await holder.addItems([say('still mine')]);
    await holder.release();
    expect(await open('renewed').getItems()).toEqual([say('still mine')]);
  });

  it('stops waiting when the signal aborts, and leaves the lock to the next run', async () => {
    const holder = await open('abort').lock();
    const controller = new AbortController();
    const reason = new Error('caller gave up');
    const waiting = open('abort').lock({ signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    await holder.release();
    const next = await open('abort').lock({
      signal: AbortSignal.timeout(5000),
    });
    await next.release();
  });

  it('rejects at once when the signal has already aborted, taking nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      open('aborted').lock({ signal: controller.signal }),
    ).rejects.toThrow();
    const next = await open('aborted').lock({
      signal: AbortSignal.timeout(5000),
    });
    await next.release();
  });

  it('releases idempotently, and a late release does not free the next holder’s lock', async () => {
    const first = await open('release').lock();
    await first.release();
    await first.release();
    const second = await open('release').lock();
    await first.release();
    await expect(
      open('release').lock({ signal: AbortSignal.timeout(100) }),
    ).rejects.toThrow();
    await second.release();
  });
}
