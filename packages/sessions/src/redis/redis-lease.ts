import { randomUUID } from 'node:crypto';
import type { AgentInputItem, SessionLease } from '@baton/core';
import { RenewingLease } from '../renewing-lease.js';
import {
  ACQUIRE_SCRIPT,
  FENCED_APPEND_SCRIPT,
  RELEASE_SCRIPT,
  RENEW_SCRIPT,
} from './redis-scripts.js';
import type { RedisSessionKeys } from './redis-session-keys.js';
import { pollForLease } from '../poll-for-lease.js';

/** How a {@link RedisSession}'s write lock behaves. */
export interface RedisLockOptions {
  /**
   * How long the lock lasts without renewal, in milliseconds: the longest a crashed holder keeps others out. The
   * holder renews it every third of this while it holds it. Default 30000.
   */
  ttlMs?: number;
  /** The first pause between attempts while waiting for the lock, in milliseconds; it doubles from there. Default 10. */
  retryMinMs?: number;
  /** The longest pause between attempts, in milliseconds. Default 500. */
  retryMaxMs?: number;
}

/** One run's hold on a Redis conversation's write lock. */
export interface RedisSessionLease extends SessionLease {
  /** The fencing token of this lease: writes go through only while it is the conversation's newest. */
  readonly fencingToken: string;
}

/** What {@link acquireRedisLease} needs. @internal */
export interface AcquireRedisLeaseOptions {
  send(args: string[]): Promise<unknown>;
  keys: RedisSessionKeys;
  ttlSeconds: number;
  serialise(item: AgentInputItem): string;
  lock: RedisLockOptions;
  signal?: AbortSignal;
}

/**
 * Polls for the lock (see `pollForLease`) until it is free, then returns the lease, which
 * renews the lock in the background until released. Rejects with the signal's reason once `signal` aborts.
 * @internal
 */
export async function acquireRedisLease(
  options: AcquireRedisLeaseOptions,
): Promise<RedisSessionLease> {
  const { send, keys } = options;
  const ttlMs = options.lock.ttlMs ?? 30_000;
  const holder = randomUUID();
  return pollForLease({
    retryMinMs: options.lock.retryMinMs ?? 10,
    retryMaxMs: options.lock.retryMaxMs ?? 500,
    ...(options.signal && { signal: options.signal }),
    tryTake: async () => {
      const token = await send([
        'EVAL',
        ACQUIRE_SCRIPT,
        '2',
        keys.lock,
        keys.fence,
        holder,
        String(ttlMs),
        String(options.ttlSeconds),
      ]);
      return typeof token === 'string' || typeof token === 'number'
        ? new Lease({ ...options, holder, token: String(token), ttlMs })
        : undefined;
    },
  });
}

class Lease extends RenewingLease<string> implements RedisSessionLease {
  readonly #options: AcquireRedisLeaseOptions & {
    holder: string;
    ttlMs: number;
  };

  constructor(
    options: AcquireRedisLeaseOptions & {
      holder: string;
      token: string;
      ttlMs: number;
    },
  ) {
    super(options.token, options.ttlMs);
    this.#options = options;
  }

  async addItems(items: AgentInputItem[]): Promise<void> {
    const values = items.map((item) => this.#options.serialise(item));
    const { keys, ttlSeconds, send } = this.#options;
    const reply = await send([
      'EVAL',
      FENCED_APPEND_SCRIPT,
      '2',
      keys.items,
      keys.fence,
      String(ttlSeconds),
      this.fencingToken,
      ...values,
    ]);
    if (Number(reply) < 0) throw this.superseded();
  }

  protected async free(): Promise<void> {
    const { keys, holder, send } = this.#options;
    await send(['EVAL', RELEASE_SCRIPT, '1', keys.lock, holder]);
  }

  protected async renew(): Promise<boolean> {
    const { keys, holder, ttlMs, ttlSeconds, send } = this.#options;
    const kept = await send([
      'EVAL',
      RENEW_SCRIPT,
      '2',
      keys.lock,
      keys.fence,
      holder,
      String(ttlMs),
      String(ttlSeconds),
    ]);
    return Number(kept) === 1;
  }
}
