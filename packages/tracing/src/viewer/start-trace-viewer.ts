import type { AddressInfo } from 'node:net';
import { DEFAULT_TRACE_DIR } from '../store/local-trace-store.js';
import { TraceStoreReader } from '../store/trace-store-reader.js';
import { EventFeed } from './event-feed.js';
import { handleViewerRequest } from './handle-viewer-request.js';
import { isLoopbackHost } from './loopback.js';
import { TraceViewerError } from './trace-viewer-error.js';

/** The port `baton traces` listens on when none is given. */
export const DEFAULT_VIEWER_PORT = 6419;

/** Options of {@link startTraceViewer}. */
export interface TraceViewerOptions {
  /** The trace folder to show. Default `.baton/traces` under the working directory. */
  dir?: string;
  /** The port; `0` picks a free one. Default 6419. */
  port?: number;
  /** The address to bind. Default `127.0.0.1`; anything not loopback needs `allowRemote`. */
  host?: string;
  /** Allow a non-loopback `host`: the viewer then shows model inputs and outputs to the network. Default `false`. */
  allowRemote?: boolean;
  /** How often the folder is scanned for the live feed, in milliseconds. Default 500. */
  pollIntervalMs?: number;
}

/** A running trace viewer. */
export interface TraceViewer {
  /** The page's address, e.g. `http://127.0.0.1:6419/`. */
  readonly url: string;
  /** The port listened on. */
  readonly port: number;
  /** The folder shown (absolute). */
  readonly dir: string;
  /** Stops serving: ends the live feeds and open connections. */
  close(): Promise<void>;
}

/**
 * Serves the trace viewer (a page and its read-only JSON API) for a local trace folder.
 *
 * @example
 * import { startTraceViewer } from '@baton/tracing/viewer';
 * const viewer = await startTraceViewer({ port: 0 });
 * console.log(`Traces: ${viewer.url}`);
 * @see docs/trace-viewer.md
 */
export async function startTraceViewer(
  options: TraceViewerOptions = {},
): Promise<TraceViewer> {
  const host = options.host ?? '127.0.0.1';
  const loopback = isLoopbackHost(host);
  if (!loopback && !options.allowRemote)
    throw new TraceViewerError(
      `The trace viewer shows model inputs and outputs, so it binds to loopback only; "${host}" is not loopback. ` +
        'Pass allowRemote (--allow-remote) to serve it to the network anyway.',
    );
  const reader = new TraceStoreReader(options.dir ?? DEFAULT_TRACE_DIR);
  const feed = new EventFeed(reader, options.pollIntervalMs);
  const context = { reader, feed, checkHost: loopback };
  // Loaded here, not at import: applications import this entry for the store and never serve.
  const { createServer } = await import('node:http');
  const server = createServer((request, response) => {
    handleViewerRequest(context, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) =>
      reject(
        new TraceViewerError(
          `The trace viewer could not listen on ${host}:${options.port ?? DEFAULT_VIEWER_PORT} (${(error as Error).message}); pick another --port.`,
          { cause: error },
        ),
      ),
    );
    server.listen(options.port ?? DEFAULT_VIEWER_PORT, host, resolve);
  });
  feed.start();
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    dir: reader.dir,
    close: () =>
      new Promise<void>((resolve) => {
        feed.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
