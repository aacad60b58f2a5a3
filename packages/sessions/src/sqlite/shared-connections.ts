import { resolve } from 'node:path';
import type { SQLiteDatabase, SQLiteDriver } from './load-sqlite-driver.js';
import {
  openSQLiteStatements,
  type SQLiteStatements,
} from './sqlite-statements.js';

/** One session's use of a connection; `release` closes it once no session uses it. @internal */
export interface SQLiteConnection {
  statements: SQLiteStatements;
  release(): void;
}

interface Shared {
  database: SQLiteDatabase;
  statements: SQLiteStatements;
  users: number;
}

const open = new Map<string, Shared>();

/**
 * The connection to `path` for one session, shared by every session of this process on the same file, driver and
 * table: a service with a session per conversation then holds one connection per file, not one per conversation.
 * Sharing is safe because both drivers are synchronous: a transaction runs start to end within one call. An
 * in-memory database is never shared (each `':memory:'` is a database of its own).
 * @internal
 */
export function acquireSQLiteConnection(
  driver: SQLiteDriver,
  options: { path: string; table: string },
): SQLiteConnection {
  const shareable = options.path !== ':memory:' && options.path !== '';
  const key = shareable
    ? `${driver.name}\u0000${options.table}\u0000${resolve(options.path)}`
    : undefined;
  let shared = key === undefined ? undefined : open.get(key);
  if (!shared) {
    const database = driver.open(options.path);
    try {
      const statements = openSQLiteStatements(database, options);
      shared = { database, statements, users: 0 };
    } catch (error) {
      database.close();
      throw error;
    }
    if (key !== undefined) open.set(key, shared);
  }
  shared.users++;
  const connection = shared;
  let released = false;
  return {
    statements: connection.statements,
    release() {
      if (released) return;
      released = true;
      connection.users--;
      if (connection.users > 0) return;
      if (key !== undefined && open.get(key) === connection) open.delete(key);
      connection.database.close();
    },
  };
}
