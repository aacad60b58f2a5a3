import { randomUUID } from 'node:crypto';
import { UserError, type AgentInputItem, type Session } from '@baton/core';
import {
  acquireRedisLease,
  type RedisLockOptions,
  type RedisSessionLease,
} from './redis-lease.js';
import { APPEND_SCRIPT, POP_SCRIPT } from './redis-scripts.js';
import {
  connectRedisClient,
  type OwnedRedisClient,
  type RedisSessionClient,
} from './redis-session-client.js';
import {
  redisSessionKeys,
  type RedisSessionKeys,
} from './redis-session-keys.js';
import { serialiseItem } from '../serialise-item.js';

/** Where {@link RedisSession}'s keys start unless told otherwise. */
export const DEFAULT_REDIS_KEY_PREFIX = 'baton:session:';

/** Options of {@link RedisSession}. */
export interface RedisSessionOptions {
  /** The conversation's id; a random one when omitted. */
  sessionId?: string;
  /**
   * The server to connect to (`redis://user:password@host:6379/0`), with the `redis` client (an optional peer
   * dependency, imported on first use). Default: node-redis's own default, `redis://localhost:6379`.
   */
  url?: string;
  /** A connected client to use instead of `url` (node-redis 5 or 6); the session never closes it. */
  client?: RedisSessionClient;
  /** What every key of the session starts with. Default {@link DEFAULT_REDIS_KEY_PREFIX}. */
  keyPrefix?: string;
  /** Forget the conversation this many seconds after its last write (refreshed by every write). Default: never. */
  ttlSeconds?: number;
  /** How the write lock of {@link RedisSession.lock} behaves. */
  lock?: RedisLockOptions;
}

/**
 * A session kept in Redis, for history shared by every instance of a service. Items are JSON strings in a Redis
 * list under `<keyPrefix>{<sessionId>}:items`; `addItems` is one server-side script, all items or none.
 *
 * `lock()` gives a run the conversation's write lock across processes (SET NX PX with a random holder, renewed
 * while held) together with a fencing token: a lease's writes are refused with `SessionLockLostError` once a newer
 * lease exists, so a run that lost its lock (paused past the lock's time to live) cannot interleave its turn.
 *
 * @example
 * const session = new RedisSession({ url: 'redis://localhost:6379', sessionId: 'user-42', ttlSeconds: 86_400 });
 * await run(agent, 'Hello again', { session });
 * @see docs/session-stores.md in the Baton repository
 */
export class RedisSession implements Session {
  readonly #id: string;
  readonly #keys: RedisSessionKeys;
  readonly #ttlSeconds: number;
  readonly #lockOptions: RedisLockOptions;
  readonly #url: string | undefined;
  readonly #givenClient: RedisSessionClient | undefined;
  #owned: Promise<OwnedRedisClient> | undefined;
  #closed = false;

  /** @param options Which server and conversation; see {@link RedisSessionOptions}. */
  constructor(options: RedisSessionOptions = {}) {
    if (options.url !== undefined && options.client !== undefined)
      throw new UserError(
        'RedisSession takes either `url` or `client`, not both: drop one of them.',
      );
    const ttl = options.ttlSeconds;
    if (ttl !== undefined && !(Number.isInteger(ttl) && ttl > 0))
      throw new UserError(
        `RedisSession ttlSeconds must be a whole number of seconds above 0; got ${ttl}.`,
      );
    this.#id = options.sessionId ?? randomUUID();
    this.#keys = redisSessionKeys(
      options.keyPrefix ?? DEFAULT_REDIS_KEY_PREFIX,
      this.#id,
    );
    this.#ttlSeconds = ttl ?? 0;
    this.#lockOptions = options.lock ?? {};
    this.#url = options.url;
    this.#givenClient = options.client;
  }

  async getSessionId(): Promise<string> {
    return this.#id;
  }

  async getItems(limit?: number): Promise<AgentInputItem[]> {
    if (limit !== undefined && limit <= 0) return [];
    const start = limit === undefined ? '0' : String(-Math.floor(limit));
    const reply = await this.#send(['LRANGE', this.#keys.items, start, '-1']);
    return (reply as string[]).map(
      (text) => JSON.parse(text) as AgentInputItem,
    );
  }

  async addItems(items: AgentInputItem[]): Promise<void> {
    const values = items.map((item) => serialiseItem(item, 'RedisSession'));
    if (values.length === 0) return;
    await this.#send([
      'EVAL',
      APPEND_SCRIPT,
      '1',
      this.#keys.items,
      String(this.#ttlSeconds),
      ...values,
    ]);
  }

  async popItem(): Promise<AgentInputItem | undefined> {
    const reply = await this.#send([
      'EVAL',
      POP_SCRIPT,
      '1',
      this.#keys.items,
      String(this.#ttlSeconds),
    ]);
    return typeof reply === 'string'
      ? (JSON.parse(reply) as AgentInputItem)
      : undefined;
  }

  async clearSession(): Promise<void> {
    // The lock and the fencing token stay: a run holding the lock keeps it, and tokens keep growing.
    await this.#send(['DEL', this.#keys.items]);
  }

  /**
   * Takes the conversation's write lock, waiting (polling with backoff) while another run holds it.
   * @param options - `signal` gives up waiting: the promise rejects with the signal's reason.
   */
  async lock(
    options: { signal?: AbortSignal } = {},
  ): Promise<RedisSessionLease> {
    const client = await this.#client();
    return acquireRedisLease({
      send: (args) => client.sendCommand(args),
      keys: this.#keys,
      ttlSeconds: this.#ttlSeconds,
      serialise: (item) => serialiseItem(item, 'RedisSession'),
      lock: this.#lockOptions,
      signal: options.signal,
    });
  }

  /** Closes the connection the session opened from `url` (a client you passed in stays open). Safe to call twice. */
  async close(): Promise<void> {
    this.#closed = true;
    const owned = this.#owned;
    this.#owned = undefined;
    if (!owned) return;
    const client = await owned.catch(() => undefined);
    if (client) await (client.close ?? client.quit)?.call(client);
  }

  async #send(args: string[]): Promise<unknown> {
    const client = await this.#client();
    return client.sendCommand(args);
  }

  async #client(): Promise<RedisSessionClient> {
    if (this.#closed)
      throw new UserError(
        'This RedisSession has been closed: create a new one to use the conversation again.',
      );
    if (this.#givenClient) return this.#givenClient;
    this.#owned ??= connectRedisClient(this.#url).catch((error: unknown) => {
      this.#owned = undefined;
      throw error;
    });
    return this.#owned;
  }
}
