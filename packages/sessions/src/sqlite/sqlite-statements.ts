import type { SQLiteDatabase, SQLiteStatement } from './load-sqlite-driver.js';

/** The prepared statements of one connection, and a way to run several writes as one transaction. @internal */
export interface SQLiteStatements {
  insert: SQLiteStatement;
  selectAll: SQLiteStatement;
  selectLatest: SQLiteStatement;
  deleteLatest: SQLiteStatement;
  deleteAll: SQLiteStatement;
  /** The lock row of a session: `holder`, `fencing`, `expires_at` (ms since the epoch). */
  selectLock: SQLiteStatement;
  /** Takes the lock: (session, holder, fencing, expires_at). */
  takeLock: SQLiteStatement;
  /** Extends a held lock: (expires_at, session, holder, fencing); changes nothing once another took it. */
  renewLock: SQLiteStatement;
  /** Frees a held lock, keeping its fencing counter: (session, holder, fencing). */
  freeLock: SQLiteStatement;
  transaction<T>(write: () => T): T;
}

/**
 * Prepares a fresh connection: switches the file to WAL so readers never block a writer, creates the table and its
 * index, and prepares the statements the session runs. A busy file fails at once (`busy_timeout` 0): the caller
 * waits on timers and tries again (`waitWhileBusy`), never inside SQLite, which would stop the process.
 * @internal
 */
export function openSQLiteStatements(
  database: SQLiteDatabase,
  options: { table: string },
): SQLiteStatements {
  const table = options.table;
  database.exec('PRAGMA busy_timeout = 0');
  database.exec('PRAGMA journal_mode = WAL');
  database.exec(
    `CREATE TABLE IF NOT EXISTS ${table} (
      position INTEGER PRIMARY KEY AUTOINCREMENT,
      session_id TEXT NOT NULL,
      item TEXT NOT NULL
    )`,
  );
  database.exec(
    `CREATE INDEX IF NOT EXISTS ${table}_by_session ON ${table} (session_id, position)`,
  );
  // One row per conversation that was ever locked: the fencing counter must outlive each lease.
  database.exec(
    `CREATE TABLE IF NOT EXISTS ${table}_locks (
      session_id TEXT PRIMARY KEY,
      holder TEXT NOT NULL,
      fencing INTEGER NOT NULL,
      expires_at INTEGER NOT NULL
    )`,
  );
  return {
    insert: database.prepare(
      `INSERT INTO ${table} (session_id, item) VALUES (?, ?)`,
    ),
    selectAll: database.prepare(
      `SELECT item FROM ${table} WHERE session_id = ? ORDER BY position`,
    ),
    selectLatest: database.prepare(
      `SELECT item FROM (SELECT position, item FROM ${table} WHERE session_id = ? ORDER BY position DESC LIMIT ?) ORDER BY position`,
    ),
    deleteLatest: database.prepare(
      `DELETE FROM ${table} WHERE position = (SELECT MAX(position) FROM ${table} WHERE session_id = ?) RETURNING item`,
    ),
    deleteAll: database.prepare(`DELETE FROM ${table} WHERE session_id = ?`),
    selectLock: database.prepare(
      `SELECT holder, fencing, expires_at FROM ${table}_locks WHERE session_id = ?`,
    ),
    takeLock: database.prepare(
      `INSERT INTO ${table}_locks (session_id, holder, fencing, expires_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (session_id) DO UPDATE SET holder = excluded.holder, fencing = excluded.fencing,
       expires_at = excluded.expires_at`,
    ),
    renewLock: database.prepare(
      `UPDATE ${table}_locks SET expires_at = ? WHERE session_id = ? AND holder = ? AND fencing = ?`,
    ),
    freeLock: database.prepare(
      `UPDATE ${table}_locks SET expires_at = 0 WHERE session_id = ? AND holder = ? AND fencing = ?`,
    ),
    transaction<T>(write: () => T): T {
      // IMMEDIATE takes the write lock up front, so two processes never both read, then collide on upgrading it.
      database.exec('BEGIN IMMEDIATE');
      try {
        const value = write();
        database.exec('COMMIT');
        return value;
      } catch (error) {
        database.exec('ROLLBACK');
        throw error;
      }
    },
  };
}
