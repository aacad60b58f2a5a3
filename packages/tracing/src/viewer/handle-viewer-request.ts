import type { IncomingMessage, ServerResponse } from 'node:http';
import type {
  ListTracesOptions,
  TraceStoreReader,
} from '../store/trace-store-reader.js';
import { VIEWER_ASSETS } from './assets/viewer-assets.js';
import type { EventFeed } from './event-feed.js';
import { isLoopbackHostHeader } from './loopback.js';
import { SECURITY_HEADERS } from './security-headers.js';

/** What a request handler needs: the folder's reader and the live feed. */
export interface ViewerContext {
  /** Reads the trace folder. */
  reader: TraceStoreReader;
  /** The live feed behind `GET /api/events`. */
  feed: EventFeed;
  /** Refuse requests whose `Host` header is not loopback (set when bound to loopback). */
  checkHost: boolean;
}

const STATUSES = ['error', 'tripwire', 'ok', 'running'] as const;

/** Answers one request of the viewer: its page and assets, and the read-only JSON API. */
export async function handleViewerRequest(
  context: ViewerContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    response.setHeader(name, value);
  if (context.checkHost && !isLoopbackHostHeader(request.headers.host))
    return sendJson(response, 403, { error: 'Host not allowed.' });
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return sendJson(response, 405, {
      error: 'The trace viewer is read-only: only GET and HEAD are allowed.',
    });
  }
  const url = new URL(request.url ?? '/', 'http://viewer.invalid');
  const path = url.pathname;
  const asset = Object.hasOwn(VIEWER_ASSETS, path)
    ? VIEWER_ASSETS[path]
    : undefined;
  if (asset) {
    response.writeHead(200, { 'Content-Type': asset.type });
    response.end(request.method === 'HEAD' ? undefined : asset.body);
    return;
  }
  if (path === '/api/traces')
    return sendJson(
      response,
      200,
      await context.reader.listTraces(listOptions(url.searchParams)),
    );
  if (path === '/api/events') {
    if (request.method === 'GET') return context.feed.connect(response);
    response.writeHead(200, { 'Content-Type': 'text/event-stream' });
    return void response.end();
  }
  const match = /^\/api\/traces\/([^/]+)$/.exec(path);
  if (match) {
    let id: string;
    try {
      id = decodeURIComponent(match[1]);
    } catch {
      return sendJson(response, 400, { error: 'Malformed trace id.' });
    }
    const trace = await context.reader.readTrace(id);
    if (!trace) return sendJson(response, 404, { error: 'No such trace.' });
    return sendJson(response, 200, trace);
  }
  sendJson(response, 404, { error: 'Not found.' });
}

function listOptions(params: URLSearchParams): ListTracesOptions {
  const status = params.get('status');
  return {
    q: params.get('q') ?? undefined,
    workflow: params.get('workflow') ?? undefined,
    agent: params.get('agent') ?? undefined,
    status: STATUSES.find((known) => known === status),
    limit: integer(params.get('limit')),
    offset: integer(params.get('offset')),
  };
}

function integer(text: string | null): number | undefined {
  if (text === null || !/^\d+$/.test(text)) return undefined;
  return Number(text);
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
  });
  response.end(JSON.stringify(body));
}
