import { randomUUID } from 'node:crypto';
import type { AgentInputItem, SessionLease } from '@baton/core';
import { SessionLockLostError } from '../errors/session-lock-lost-error.js';
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

class Lease implements SQLiteSessionLease {
  readonly fencingToken: number;
  readonly #options: AcquireSQLiteLeaseOptions & {
    holder: string;
    ttlMs: number;
  };
  readonly #renewal: ReturnType<typeof setInterval>;
  #released: Promise<void> | undefined;

  constructor(
    options: AcquireSQLiteLeaseOptions & {
      holder: string;
      token: number;
      ttlMs: number;
    },
  ) {
    this.#options = options;
    this.fencingToken = options.token;
    this.#renewal = setInterval(
      () => void this.#renew(),
      Math.max(1, Math.floor(options.ttlMs / 3)),
    );
    // A held lock must not keep the process alive on its own.
    this.#renewal.unref();
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
    if (current !== this.fencingToken)
      throw new SessionLockLostError(
        `This run's lock on the conversation (fencing token ${this.fencingToken}) has been superseded by a newer ` +
          "run's, so its items were not appended. Load the history again and retry the turn; raise the lock's " +
          'ttlMs if runs hold it longer than it lasts.',
      );
  }

  release(): Promise<void> {
    this.#released ??= this.#release();
    return this.#released;
  }

  async #release(): Promise<void> {
    clearInterval(this.#renewal);
    const { statements, sessionId, holder } = this.#options;
    await this.#options.whenFree(() =>
      statements.freeLock.run(sessionId, holder, this.fencingToken),
    );
  }

  async #renew(): Promise<void> {
    const { statements, sessionId, holder, ttlMs } = this.#options;
    try {
      const result = (await this.#options.whenFree(() =>
        statements.renewLock.run(
          Date.now() + ttlMs,
          sessionId,
          holder,
          this.fencingToken,
        ),
      )) as { changes: number | bigint };
      // Lost to someone else: stop renewing; the fencing token refuses this lease's writes from now on.
      if (Number(result.changes) !== 1) clearInterval(this.#renewal);
    } catch {
      // A failed renewal is retried at the next tick; if the lock expires meanwhile, fencing still protects writes.
    }
  }
}
