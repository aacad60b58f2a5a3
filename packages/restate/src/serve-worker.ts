import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import * as restate from '@restatedev/restate-sdk';
import { ensurePromiseWithResolvers } from './promise-with-resolvers.js';

/** A worker process's Restate endpoint, listening. */
export interface Worker {
  /** The port it listens on (register `http://<host>:<port>` with Restate, or put it behind a load balancer). */
  readonly port: number;
  /** Stops listening; invocations in flight are cut off, and Restate retries them elsewhere. */
  close(): Promise<void>;
}

/**
 * Serves Restate services (from {@link durableAgentService}, {@link durableConversation}, or your own) over
 * HTTP/2 (h2c), the protocol Restate uses to drive a worker. Port 0 picks a free one.
 *
 * @example
 * const worker = await serveWorker([durableAgentService(agent)], { port: 9080 });
 * @see docs/durable-runs.md
 */
export async function serveWorker(
  services: restate.EndpointOptions['services'],
  options: {
    /** The port; default 9080. */
    port?: number;
    /** The interface to listen on; default all of them. */
    host?: string;
  } = {},
): Promise<Worker> {
  ensurePromiseWithResolvers();
  const server = http2.createServer(
    restate.createEndpointHandler({ services }),
  );
  const sessions = new Set<http2.ServerHttp2Session>();
  server.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 9080, options.host, resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      for (const session of sessions) session.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
