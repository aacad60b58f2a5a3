import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AgentInputItem } from '@baton/core';
import { SQLiteSession } from './sqlite-session.js';
import { loadSQLiteDriver } from './load-sqlite-driver.js';
import { SessionBusyError } from '../errors/session-busy-error.js';
import { itKeepsTheSessionContract } from '../../test/support/session-contract.js';

const say = (text: string): AgentInputItem => ({
  type: 'message',
  role: 'user',
  content: text,
});

const dir = mkdtempSync(join(tmpdir(), 'baton-sqlite-'));
const sessions: SQLiteSession[] = [];
afterAll(async () => {
  await Promise.all(sessions.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

function session(options: ConstructorParameters<typeof SQLiteSession>[0] = {}) {
  const created = new SQLiteSession({ path: join(dir, 'chat.db'), ...options });
  sessions.push(created);
  return created;
}

describe('SQLiteSession', () => {
  itKeepsTheSessionContract({ open: (options) => session(options) });

  it('keeps the history in the file for the next session on it', async () => {
    const path = join(dir, 'nested', 'folder', 'kept.db');
    const first = session({ path, sessionId: 'kept' });
    await first.addItems([say('remember me')]);
    await first.close();
    const second = session({ path, sessionId: 'kept' });
    expect(await second.getItems()).toEqual([say('remember me')]);
  });

  it('rolls the whole batch back when the database refuses part of it', async () => {
    const path = join(dir, 'trigger.db');
    const chat = session({ path, sessionId: 'rollback' });
    await chat.addItems([say('kept')]);
    // Another connection makes the database refuse one row of the next batch.
    const driver = await loadSQLiteDriver();
    const other = driver.open(path);
    other.exec(
      `CREATE TRIGGER refuse_poison BEFORE INSERT ON baton_session_items
       WHEN NEW.item LIKE '%poison%' BEGIN SELECT RAISE(ABORT, 'refused'); END`,
    );
    other.close();
    await expect(
      chat.addItems([say('first'), say('poison'), say('third')]),
    ).rejects.toThrow(/refused/);
    expect(await chat.getItems()).toEqual([say('kept')]);
  });

  it('writes the file in WAL mode', async () => {
    const path = join(dir, 'wal.db');
    const chat = session({ path });
    await chat.addItems([say('a')]);
    const { readFileSync, existsSync } = await import('node:fs');
    expect(existsSync(`${path}-wal`)).toBe(true);
    // Byte 18 of the header is the write version: 2 means WAL.
    expect(readFileSync(path)[18]).toBe(2);
  });

  it('waits for another connection to finish writing while the process goes on running', async () => {
    const path = join(dir, 'busy.db');
    const chat = session({ path, sessionId: 'busy' });
    await chat.getItems();
    const other = (await loadSQLiteDriver()).open(path);
    other.exec('BEGIN IMMEDIATE');
    // The other writer lets go on a timer: it only fires if the waiting append leaves the event loop free.
    let ticks = 0;
    const ticking = setInterval(() => ticks++, 5);
    setTimeout(() => other.exec('COMMIT'), 150);
    await chat.addItems([say('after the other writer')]);
    clearInterval(ticking);
    other.close();
    expect(ticks).toBeGreaterThan(5);
    expect(await chat.getItems()).toEqual([say('after the other writer')]);
  });

  it('gives up with a SessionBusyError once busyTimeoutMs has passed, writing nothing', async () => {
    const path = join(dir, 'stuck.db');
    const chat = session({ path, sessionId: 'stuck', busyTimeoutMs: 100 });
    await chat.getItems();
    const other = (await loadSQLiteDriver()).open(path);
    other.exec('BEGIN IMMEDIATE');
    const started = Date.now();
    const failure = await chat.addItems([say('never')]).catch((e) => e);
    other.exec('COMMIT');
    other.close();
    expect(SessionBusyError.isInstance(failure)).toBe(true);
    expect((failure as Error).message).toMatch(/busyTimeoutMs/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
    expect(await chat.getItems()).toEqual([]);
  });

  it('shares the file between sessions of this process, closing it after the last one', async () => {
    const path = join(dir, 'shared.db');
    const first = new SQLiteSession({ path, sessionId: 'a' });
    const second = new SQLiteSession({ path, sessionId: 'b' });
    await first.addItems([say('from a')]);
    await second.addItems([say('from b')]);
    await first.close();
    // The other session's use of the file outlives the first one's close.
    await second.addItems([say('b again')]);
    expect(await second.getItems()).toEqual([say('from b'), say('b again')]);
    const { existsSync } = await import('node:fs');
    expect(existsSync(`${path}-wal`)).toBe(true);
    await second.close();
    // The last connection to a WAL database checkpoints it and removes the -wal file.
    expect(existsSync(`${path}-wal`)).toBe(false);
    const reopened = session({ path, sessionId: 'a' });
    expect(await reopened.getItems()).toEqual([say('from a')]);
  });

  it('keeps an in-memory database for the life of the session', async () => {
    const chat = session({ path: ':memory:' });
    const other = session({ path: ':memory:' });
    await chat.addItems([say('a')]);
    expect(await chat.getItems()).toEqual([say('a')]);
    // Each in-memory session is a database of its own.
    expect(await other.getItems()).toEqual([]);
  });

  it('refuses a table name that is not a plain identifier', () => {
    expect(() => new SQLiteSession({ tableName: 'x; DROP TABLE y' })).toThrow(
      /identifier/,
    );
  });
});
