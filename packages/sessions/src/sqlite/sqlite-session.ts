import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import { UserError, type AgentInputItem, type Session } from '@baton/core';
import {
  loadSQLiteDriver,
  type SQLiteDriverName,
} from './load-sqlite-driver.js';
import {
  acquireSQLiteConnection,
  type SQLiteConnection,
} from './shared-connections.js';
import type { SQLiteStatements } from './sqlite-statements.js';
import { waitWhileBusy } from './wait-while-busy.js';
import {
  acquireSQLiteLease,
  type SQLiteLockOptions,
  type SQLiteSessionLease,
} from './sqlite-lease.js';
import { serialiseItem } from '../serialise-item.js';

/** Where {@link SQLiteSession} keeps its file unless told otherwise. */
export const DEFAULT_SQLITE_SESSION_PATH = '.baton/sessions.db';

/** Options of {@link SQLiteSession}. */
export interface SQLiteSessionOptions {
  /** The conversation's id; a random one when omitted. */
  sessionId?: string;
  /**
   * The database file, created (with its folder) when missing; `':memory:'` for a database that lives only as long
   * as this session. Default {@link DEFAULT_SQLITE_SESSION_PATH}.
   */
  path?: string;
  /** The table holding the items, created when missing. Default `baton_session_items`. */
  tableName?: string;
  /**
   * The driver to use. Default: `node:sqlite` where this Node has it (22.13+, 24), else `better-sqlite3` (an
   * optional peer dependency, `npm install better-sqlite3@^12`).
   */
  driver?: SQLiteDriverName;
  /** How the write lock of {@link SQLiteSession.lock} behaves. */
  lock?: SQLiteLockOptions;
  /**
   * How long a call waits for other connections (other processes, mostly) to let go of the file, in milliseconds,
   * before it rejects with a `SessionBusyError`. The wait is on timers: the process goes on serving meanwhile.
   * Default 5000.
   */
  busyTimeoutMs?: number;
}

/**
 * A session kept in a SQLite file: the embedded default for history that survives a restart. The file is in WAL
 * mode and a call that finds the file locked waits its turn on timers (see `busyTimeoutMs`), so several processes can
 * share it, and `lock()` keeps the turns of one conversation apart across them; `addItems` is one
 * transaction, all items or none. Items are stored as JSON, one row each, in the order they were added.
 *
 * The driver is imported when the session is first used, not when Baton is: `node:sqlite` where Node has it, else
 * `better-sqlite3`. Without either, the first call rejects with a `SessionDriverMissingError` naming what to install.
 *
 * @example
 * const session = new SQLiteSession({ sessionId: 'user-42' });
 * await run(agent, 'Remember: my name is Ada.', { session });
 * @see docs/session-stores.md in the Baton repository
 */
export class SQLiteSession implements Session {
  readonly #id: string;
  readonly #path: string;
  readonly #table: string;
  readonly #preference: SQLiteDriverName | undefined;
  readonly #busyTimeoutMs: number;
  readonly #lockOptions: SQLiteLockOptions;
  #opening: Promise<SQLiteStatements> | undefined;
  #connection: SQLiteConnection | undefined;
  #driver: SQLiteDriverName | undefined;
  #closed = false;

  /** @param options Where the file is and which conversation; see {@link SQLiteSessionOptions}. */
  constructor(options: SQLiteSessionOptions = {}) {
    this.#id = options.sessionId ?? randomUUID();
    this.#path = options.path ?? DEFAULT_SQLITE_SESSION_PATH;
    this.#table = options.tableName ?? 'baton_session_items';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(this.#table))
      throw new UserError(
        `SQLiteSession tableName must be a plain SQL identifier (letters, digits, underscores); got "${this.#table}".`,
      );
    this.#preference = options.driver;
    this.#busyTimeoutMs = options.busyTimeoutMs ?? 5000;
    this.#lockOptions = options.lock ?? {};
  }

  /** The driver in use, once the database has been opened by a first call; undefined before. */
  get driver(): SQLiteDriverName | undefined {
    return this.#driver;
  }

  async getSessionId(): Promise<string> {
    return this.#id;
  }

  async getItems(limit?: number): Promise<AgentInputItem[]> {
    const statements = await this.#open();
    if (limit !== undefined && limit <= 0) return [];
    const rows = await this.#whenFree(() =>
      limit === undefined
        ? statements.selectAll.all(this.#id)
        : statements.selectLatest.all(this.#id, Math.floor(limit)),
    );
    return (rows as { item: string }[]).map(
      (row) => JSON.parse(row.item) as AgentInputItem,
    );
  }

  async addItems(items: AgentInputItem[]): Promise<void> {
    // Serialise first: an item that cannot become JSON rejects before anything is written.
    const rows = items.map((item) => serialiseItem(item, 'SQLiteSession'));
    const statements = await this.#open();
    if (rows.length === 0) return;
    await this.#whenFree(() =>
      statements.transaction(() => {
        for (const row of rows) statements.insert.run(this.#id, row);
      }),
    );
  }

  async popItem(): Promise<AgentInputItem | undefined> {
    const statements = await this.#open();
    const row = (await this.#whenFree(() =>
      statements.deleteLatest.get(this.#id),
    )) as { item: string } | undefined;
    return row ? (JSON.parse(row.item) as AgentInputItem) : undefined;
  }

  async clearSession(): Promise<void> {
    const statements = await this.#open();
    await this.#whenFree(() => statements.deleteAll.run(this.#id));
  }

  /**
   * Takes the conversation's write lock, waiting (polling with backoff) while another run holds it, in this process
   * or another one on the same file: a row per conversation with a holder, an expiry renewed while held, and a
   * fencing token that grows with each lease. Baton's run calls it, appends through the lease and releases it; the
   * lease's `addItems` appends nothing, rejecting with `SessionLockLostError`, once a newer lease exists.
   * @param options - `signal` gives up waiting.
   */
  async lock(
    options: { signal?: AbortSignal } = {},
  ): Promise<SQLiteSessionLease> {
    const statements = await this.#open();
    return acquireSQLiteLease({
      statements,
      sessionId: this.#id,
      lock: this.#lockOptions,
      whenFree: (operation) => this.#whenFree(operation),
      serialise: (item) => serialiseItem(item, 'SQLiteSession'),
      ...(options.signal && { signal: options.signal }),
    });
  }

  /**
   * Lets go of the database connection (closed once no other session of this process on the same file uses it);
   * the session cannot be used afterwards. Safe to call twice.
   */
  async close(): Promise<void> {
    this.#closed = true;
    const opening = this.#opening;
    if (!opening) return;
    await opening.catch(() => undefined);
    this.#connection?.release();
    this.#connection = undefined;
  }

  #open(): Promise<SQLiteStatements> {
    if (this.#closed)
      return Promise.reject(
        new UserError(
          'This SQLiteSession has been closed: create a new one to use the conversation again.',
        ),
      );
    this.#opening ??= this.#connect().catch((error: unknown) => {
      this.#opening = undefined;
      throw error;
    });
    return this.#opening;
  }

  #whenFree<T>(operation: () => T): Promise<T> {
    return waitWhileBusy(operation, this.#busyTimeoutMs);
  }

  async #connect(): Promise<SQLiteStatements> {
    const driver = await loadSQLiteDriver(this.#preference);
    if (this.#path !== ':memory:' && !this.#path.startsWith('file:'))
      mkdirSync(dirname(this.#path), { recursive: true });
    // Opening can find the file busy too: switching it to WAL and creating the table need its lock.
    const connection = await this.#whenFree(() =>
      acquireSQLiteConnection(driver, { path: this.#path, table: this.#table }),
    );
    this.#connection = connection;
    this.#driver = driver.name;
    return connection.statements;
  }
}
