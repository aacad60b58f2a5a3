import { randomUUID } from 'node:crypto';
import type { AgentInputItem, SessionLease } from '@baton/core';
import { RenewingLease } from '../renewing-lease.js';
import type { SQLiteStatements } from './sqlite-statements.js';
import { pollForLease } from '../poll-for-lease.js';

/** How a {@link SQLiteSession}'s write lock behaves. */
export interface SQLiteLockOptions {
  /**
   * How long the lock lasts without renewal, in milliseconds: the longest a crashed holder keeps others out. The
   * holder renews it every third of this while it holds it. Default 30000.
   */
  ttlMs?: number;
  /** The first pause between attempts while waiting for the lock, in milliseconds; it doubles from there. Default 10. */
  retryMinMs?: number;
  /** The longest pause between attempts, in milliseconds. Default 250. */
  retryMaxMs?: number;
}

/** One run's hold on a SQLite conversation's write lock. */
export interface SQLiteSessionLease extends SessionLease {
  /** The fencing token of this lease: writes go through only while it is the conversation's newest. */
  readonly fencingToken: number;
}

/** What {@link acquireSQLiteLease} needs. @internal */
export interface AcquireSQLiteLeaseOptions {
  statements: SQLiteStatements;
  sessionId: string;
  lock: SQLiteLockOptions;
  /** Runs one database call, waiting while the file is busy (the session's `waitWhileBusy`). */
  whenFree<T>(operation: () => T): Promise<T>;
  serialise(item: AgentInputItem): string;
  signal?: AbortSignal;
}

interface LockRow {
  holder: string;
  fencing: number;
  expires_at: number;
}

/**
 * Polls for the conversation's lock row (see `pollForLease`) until it is free or expired, then takes it with the
 * next fencing token, in one transaction, and returns the lease, which renews the lock in the background until
 * released. Rejects with the signal's reason once `signal` aborts.
 * @internal
 */
export async function acquireSQLiteLease(
  options: AcquireSQLiteLeaseOptions,
): Promise<SQLiteSessionLease> {
  const { statements, sessionId } = options;
  const ttlMs = options.lock.ttlMs ?? 30_000;
  const holder = randomUUID();
  return pollForLease({
    retryMinMs: options.lock.retryMinMs ?? 10,
    retryMaxMs: options.lock.retryMaxMs ?? 250,
    ...(options.signal && { signal: options.signal }),
    tryTake: async () => {
      const token = await options.whenFree(() =>
        statements.transaction(() => {
          const row = statements.selectLock.get(sessionId) as
            LockRow | undefined;
          const now = Date.now();
          if (row && row.expires_at > now) return undefined;
          const fencing = Number(row?.fencing ?? 0) + 1;
          statements.takeLock.run(sessionId, holder, fencing, now + ttlMs);
          return fencing;
        }),
      );
      return token === undefined
        ? undefined
        : new Lease({ ...options, holder, token, ttlMs });
    },
  });
}

class Lease extends RenewingLease<number> implements SQLiteSessionLease {
  readonly #options: AcquireSQLiteLeaseOptions & {
    holder: string;
    ttlMs: number;
  };

  constructor(
    options: AcquireSQLiteLeaseOptions & {
      holder: string;
      token: number;
      ttlMs: number;
    },
  ) {
    super(options.token, options.ttlMs);
    this.#options = options;
  }

  async addItems(items: AgentInputItem[]): Promise<void> {
    // Serialise first: an item that cannot become JSON rejects before anything is written.
    const rows = items.map((item) => this.#options.serialise(item));
    const { statements, sessionId } = this.#options;
    const current = await this.#options.whenFree(() =>
      statements.transaction(() => {
        const row = statements.selectLock.get(sessionId) as LockRow | undefined;
        const newest = Number(row?.fencing ?? 0);
        if (newest === this.fencingToken)
          for (const item of rows) statements.insert.run(sessionId, item);
        return newest;
      }),
    );
    if (current !== this.fencingToken) throw this.superseded();
  }

  protected async free(): Promise<void> {
    const { statements, sessionId, holder } = this.#options;
    await this.#options.whenFree(() =>
      statements.freeLock.run(sessionId, holder, this.fencingToken),
    );
  }

  protected async renew(): Promise<boolean> {
    const { statements, sessionId, holder, ttlMs } = this.#options;
    const result = (await this.#options.whenFree(() =>
      statements.renewLock.run(
        Date.now() + ttlMs,
        sessionId,
        holder,
        this.fencingToken,
      ),
    )) as { changes: number | bigint };
    return Number(result.changes) === 1;
  }
}
