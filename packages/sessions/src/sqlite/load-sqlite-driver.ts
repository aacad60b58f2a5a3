import { SessionDriverMissingError } from '../errors/session-driver-missing-error.js';

/** The SQLite drivers {@link SQLiteSession} can use. */
export type SQLiteDriverName = 'node:sqlite' | 'better-sqlite3';

/** The part of a prepared statement both drivers share. @internal */
export interface SQLiteStatement {
  run(...parameters: unknown[]): unknown;
  get(...parameters: unknown[]): unknown;
  all(...parameters: unknown[]): unknown[];
}

/** The part of a database connection both drivers share. @internal */
export interface SQLiteDatabase {
  exec(sql: string): unknown;
  prepare(sql: string): SQLiteStatement;
  close(): unknown;
}

/** A loaded driver: its name and how it opens a file. @internal */
export interface SQLiteDriver {
  name: SQLiteDriverName;
  open(path: string): SQLiteDatabase;
}

type DatabaseConstructor = new (path: string) => SQLiteDatabase;

const loaded = new Map<SQLiteDriverName | 'auto', Promise<SQLiteDriver>>();

/**
 * Imports a SQLite driver on first use, never when Baton is imported: `node:sqlite` where this Node has it, else
 * `better-sqlite3`, unless `preference` names one. The result is cached per preference.
 * @internal
 */
export function loadSQLiteDriver(
  preference?: SQLiteDriverName,
): Promise<SQLiteDriver> {
  const key = preference ?? 'auto';
  let driver = loaded.get(key);
  if (!driver) {
    driver = pickDriver(preference);
    // A failed load is not cached: installing the driver and retrying in the same process then works.
    driver.catch(() => loaded.delete(key));
    loaded.set(key, driver);
  }
  return driver;
}

async function pickDriver(
  preference: SQLiteDriverName | undefined,
): Promise<SQLiteDriver> {
  if (preference === 'node:sqlite') return loadNodeSqlite();
  if (preference === 'better-sqlite3') return loadBetterSqlite3();
  try {
    return await loadNodeSqlite();
  } catch (nodeError) {
    try {
      return await loadBetterSqlite3();
    } catch (betterError) {
      throw new SessionDriverMissingError(
        `SQLiteSession found no SQLite driver: this Node (${process.version}) has no node:sqlite, and better-sqlite3 ` +
          'could not be loaded. Run on Node 22.13+ or 24 (node:sqlite is built in), or `npm install better-sqlite3@^12`.',
        { cause: new AggregateError([nodeError, betterError]) },
      );
    }
  }
}

async function loadNodeSqlite(): Promise<SQLiteDriver> {
  let module: { DatabaseSync?: DatabaseConstructor };
  try {
    // A variable specifier keeps bundlers and Node 20's loader from resolving the built-in ahead of time.
    const specifier = 'node:sqlite';
    module = (await import(specifier)) as typeof module;
  } catch (error) {
    throw new SessionDriverMissingError(
      `node:sqlite is not available on Node ${process.version}: run on Node 22.13+ or 24 (on 22.5-22.12, start ` +
        "Node with --experimental-sqlite), or choose driver: 'better-sqlite3' and `npm install better-sqlite3@^12`.",
      { cause: error },
    );
  }
  const DatabaseSync = module.DatabaseSync;
  if (typeof DatabaseSync !== 'function')
    throw new SessionDriverMissingError(
      `node:sqlite on Node ${process.version} has no DatabaseSync: run on Node 22.13+ or 24, or install better-sqlite3@^12.`,
    );
  return { name: 'node:sqlite', open: (path) => new DatabaseSync(path) };
}

async function loadBetterSqlite3(): Promise<SQLiteDriver> {
  let Database: DatabaseConstructor;
  try {
    const specifier = 'better-sqlite3';
    const module = (await import(specifier)) as {
      default?: DatabaseConstructor;
    };
    Database = module.default ?? (module as unknown as DatabaseConstructor);
    // The native addon loads on first construction: open a throwaway database now, so a build for another Node
    // version fails here, with advice, rather than at the first query.
    new Database(':memory:').close();
  } catch (error) {
    throw new SessionDriverMissingError(
      'better-sqlite3 could not be loaded: `npm install better-sqlite3@^12` (an optional peer dependency of ' +
        '@baton/sessions), or `npm rebuild better-sqlite3` when it was built for another Node version. ' +
        `Underlying error: ${(error as Error)?.message ?? String(error)}`,
      { cause: error },
    );
  }
  return { name: 'better-sqlite3', open: (path) => new Database(path) };
}
