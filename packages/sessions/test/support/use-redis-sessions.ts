import { afterAll, beforeAll } from 'vitest';
import { createClient } from 'redis';
import { RedisSession } from '../../src/redis/redis-session.js';
import { startRedisServer, type RedisServer } from './start-redis-server.js';

/** A test file's Redis server, a plain client on it, and the sessions its tests open. */
export interface RedisSessions {
  /** `redis://127.0.0.1:<port>` of the file's server. */
  readonly url: string;
  /** A client of its own, for looking at keys directly. */
  readonly raw: ReturnType<typeof createClient>;
  /** A session on the file's server (the given options win); closed after the file's tests. */
  open(options?: ConstructorParameters<typeof RedisSession>[0]): RedisSession;
}

/** Starts a `redis-server` before the file's tests; closes every session, the client and the server after them. */
export function useRedisSessions(): RedisSessions {
  let server: RedisServer | undefined;
  let raw: ReturnType<typeof createClient> | undefined;
  const sessions: RedisSession[] = [];
  beforeAll(async () => {
    server = await startRedisServer();
    raw = createClient({ url: server.url });
    await raw.connect();
  });
  afterAll(async () => {
    await Promise.all(sessions.map((session) => session.close()));
    await raw?.close();
    await server?.stop();
  });
  const started = () => {
    if (!server || !raw) throw new Error('redis-server has not started yet.');
    return { server, raw };
  };
  return {
    get url() {
      return started().server.url;
    },
    get raw() {
      return started().raw;
    },
    open(options = {}) {
      const session = new RedisSession({
        url: started().server.url,
        ...options,
      });
      sessions.push(session);
      return session;
    },
  };
}
