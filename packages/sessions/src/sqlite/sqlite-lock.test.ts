import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { SQLiteSession } from './sqlite-session.js';
import { loadSQLiteDriver } from './load-sqlite-driver.js';
import { itKeepsTheLockContract } from '../../test/support/lock-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'baton-sqlite-lock-'));
const path = join(dir, 'locks.db');
const sessions: SQLiteSession[] = [];
afterAll(async () => {
  await Promise.all(sessions.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

describe('SQLiteSession.lock', () => {
  itKeepsTheLockContract({
    open(sessionId, ttlMs) {
      const created = new SQLiteSession({
        path,
        sessionId,
        lock: { ttlMs, retryMaxMs: 20 },
      });
      sessions.push(created);
      return created;
    },
    // Straight to the file, through a connection of its own, as a paused holder's lease would run out.
    async expire(sessionId) {
      const raw = (await loadSQLiteDriver()).open(path);
      raw
        .prepare(
          'UPDATE baton_session_items_locks SET expires_at = 0 WHERE session_id = ?',
        )
        .run(sessionId);
      raw.close();
    },
  });
});
