import { describe, expect, it } from 'vitest';
import type { AgentInputItem } from '@baton/core';
import { SQLiteSession } from './sqlite-session.js';
import { SessionDriverMissingError } from '../errors/session-driver-missing-error.js';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
// node:sqlite ships unflagged from Node 22.13 and 23.4; the test passes run on 20 and 24.
const nodeHasSqlite =
  major >= 24 || (major === 22 && minor >= 13) || (major === 23 && minor >= 4);
const hello: AgentInputItem = { type: 'message', role: 'user', content: 'hi' };

describe('SQLiteSession drivers', () => {
  it('runs on the Node major this test pass expects', () => {
    const expected = process.env.BATON_EXPECT_NODE_MAJOR ?? '20';
    expect(major).toBe(Number(expected));
  });

  it('picks node:sqlite where Node has it, else better-sqlite3', async () => {
    const session = new SQLiteSession({ path: ':memory:' });
    expect(session.driver).toBeUndefined();
    await session.addItems([hello]);
    expect(session.driver).toBe(
      nodeHasSqlite ? 'node:sqlite' : 'better-sqlite3',
    );
    expect(await session.getItems()).toEqual([hello]);
    await session.close();
  });

  it('uses better-sqlite3 when told to, or says how to make it load', async () => {
    const session = new SQLiteSession({
      path: ':memory:',
      driver: 'better-sqlite3',
    });
    const outcome = await session.addItems([hello]).then(
      () => undefined,
      (error: unknown) => error,
    );
    if (major === 20 || outcome === undefined) {
      // The workspace's copy is built for Node 20, the default Node: there it must work.
      expect(outcome).toBeUndefined();
      expect(session.driver).toBe('better-sqlite3');
      expect(await session.popItem()).toEqual(hello);
    } else {
      // On another Node, a native addon built for Node 20 cannot load: the error says what to do.
      expect(SessionDriverMissingError.isInstance(outcome)).toBe(true);
      expect((outcome as Error).message).toMatch(/npm rebuild better-sqlite3/);
    }
    await session.close();
  });

  it('uses node:sqlite when told to, or says which Node it needs', async () => {
    const session = new SQLiteSession({
      path: ':memory:',
      driver: 'node:sqlite',
    });
    if (nodeHasSqlite) {
      await session.addItems([hello]);
      expect(session.driver).toBe('node:sqlite');
      expect(await session.popItem()).toEqual(hello);
    } else {
      const error = await session.addItems([hello]).catch((e: unknown) => e);
      expect(SessionDriverMissingError.isInstance(error)).toBe(true);
      expect((error as Error).message).toMatch(/Node 22\.13\+ or 24/);
      expect((error as Error).message).toMatch(/better-sqlite3/);
    }
    await session.close();
  });
});
