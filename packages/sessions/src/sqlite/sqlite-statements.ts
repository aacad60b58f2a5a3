import type { SQLiteDatabase, SQLiteStatement } from './load-sqlite-driver.js';

/** The prepared statements of one connection, and a way to run several writes as one transaction. @internal */
export interface SQLiteStatements {
  insert: SQLiteStatement;
  selectAll: SQLiteStatement;
  selectLatest: SQLiteStatement;
  deleteLatest: SQLiteStatement;
  deleteAll: SQLiteStatement;
  transaction(write: () => void): void;
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
    transaction(write) {
      // IMMEDIATE takes the write lock up front, so two processes never both read, then collide on upgrading it.
      database.exec('BEGIN IMMEDIATE');
      try {
        write();
        database.exec('COMMIT');
      } catch (error) {
        database.exec('ROLLBACK');
        throw error;
      }
    },
  };
}
