import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AgentInputItem } from '@baton/core';
import { SQLiteSession } from './sqlite-session.js';
import { loadSQLiteDriver } from './load-sqlite-driver.js';
import { SessionLockLostError } from '../errors/session-lock-lost-error.js';

const say = (text: string): AgentInputItem => ({
  type: 'message',
  role: 'user',
  content: text,
});

const dir = mkdtempSync(join(tmpdir(), 'baton-sqlite-lock-'));
const path = join(dir, 'locks.db');
const sessions: SQLiteSession[] = [];
afterAll(async () => {
  await Promise.all(sessions.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

function instance(sessionId: string, ttlMs?: number): SQLiteSession {
  const created = new SQLiteSession({
    path,
    sessionId,
    lock: { ttlMs, retryMaxMs: 20 },
  });
  sessions.push(created);
  return created;
}

/** Ends the current lease on `sessionId` as if its holder had been paused past its time to live. */
async function expire(sessionId: string) {
  const raw = (await loadSQLiteDriver()).open(path);
  raw
    .prepare(
      'UPDATE baton_session_items_locks SET expires_at = 0 WHERE session_id = ?',
    )
    .run(sessionId);
  raw.close();
}

describe('SQLiteSession.lock', () => {
  it('never lets two runs hold the lock at once', async () => {
    let holders = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 10 }, async (_, index) => {
        const lease = await instance('exclusive').lock();
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
    for (let i = 0; i < 20; i += 2) {
      const turn = (items[i] as { content: string }).content.split(' ')[1];
      expect(items[i + 1]).toEqual(say(`end ${turn}`));
    }
  });

  it('refuses a stale lease’s write once a newer lease exists, appending nothing', async () => {
    const stale = await instance('fenced').lock();
    await expire('fenced');
    const fresh = await instance('fenced').lock();
    expect(fresh.fencingToken).toBeGreaterThan(stale.fencingToken);
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
    const holder = await instance('renewed', 300).lock();
    await new Promise((resolve) => setTimeout(resolve, 800));
    const controller = new AbortController();
    const waiting = instance('renewed', 300).lock({
      signal: controller.signal,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    controller.abort();
    await expect(waiting).rejects.toThrow();
    await holder.addItems([say('still mine')]);
    await holder.release();
    expect(await instance('renewed').getItems()).toEqual([say('still mine')]);
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
    const next = await instance('abort').lock({
      signal: AbortSignal.timeout(5000),
    });
    await next.release();
  });

  it('releases idempotently, and a late release does not free the next holder’s lock', async () => {
    const first = await instance('release').lock();
    await first.release();
    await first.release();
    const second = await instance('release').lock();
    await first.release();
    const controller = new AbortController();
    const third = instance('release').lock({ signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    await expect(third).rejects.toThrow();
    await second.release();
  });
});
