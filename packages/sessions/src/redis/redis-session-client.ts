import { SystemError } from '@baton/core';
import { SessionDriverMissingError } from '../errors/session-driver-missing-error.js';

/**
 * The part of a `redis` client (node-redis 5 or 6: `createClient()`) that {@link RedisSession} uses: raw commands.
 * A client you pass in is used as it is, connected by you, and left open by `session.close()`.
 */
export interface RedisSessionClient {
  /** Sends one command (`['RPUSH', key, value]`) and resolves with its reply. */
  sendCommand(args: readonly string[]): Promise<unknown>;
}

/** A client {@link RedisSession} created from a URL, which it connects and closes itself. @internal */
export interface OwnedRedisClient extends RedisSessionClient {
  connect(): Promise<unknown>;
  close?(): Promise<unknown>;
  quit?(): Promise<unknown>;
  on(event: 'error', listener: (error: unknown) => void): unknown;
}

type CreateClient = (options: {
  url?: string;
  socket?: {
    reconnectStrategy?: (retries: number, cause: Error) => number | Error;
  };
}) => OwnedRedisClient;

/**
 * Imports `redis` (an optional peer dependency) on first use and connects a client to `url`.
 * @internal
 */
export async function connectRedisClient(
  url: string | undefined,
): Promise<OwnedRedisClient> {
  let createClient: CreateClient;
  try {
    // A variable specifier: nothing resolves `redis` before a session built from a URL is first used.
    const specifier = 'redis';
    const module = (await import(specifier)) as {
      createClient?: CreateClient;
      default?: { createClient?: CreateClient };
    };
    const found = module.createClient ?? module.default?.createClient;
    if (typeof found !== 'function') throw new Error('no createClient export');
    createClient = found;
  } catch (error) {
    throw new SessionDriverMissingError(
      'RedisSession needs the `redis` client: `npm install redis@^6` (an optional peer dependency of ' +
        '@baton/sessions), or pass a connected client as `client`.',
      { cause: error },
    );
  }
  let connected = false;
  const client = createClient({
    ...(url !== undefined && { url }),
    socket: {
      // A server that cannot be reached at all fails the first call instead of being retried for ever; once
      // connected, a dropped connection is retried with backoff (up to 2 s apart), as node-redis does.
      reconnectStrategy: (retries, cause) =>
        connected ? Math.min(50 * 2 ** retries, 2000) : cause,
    },
  });
  // node-redis emits 'error' on connection trouble and reconnects; without a listener the process would crash.
  // The commands that fail meanwhile reject with the error, which is where callers see it.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    throw new SystemError(
      `RedisSession could not connect to ${url ?? 'redis://localhost:6379'}: ${(error as Error)?.message ?? String(error)}. ` +
        'Check that the server is running and the URL is right; the next call tries again.',
      { cause: error },
    );
  }
  connected = true;
  return client;
}
