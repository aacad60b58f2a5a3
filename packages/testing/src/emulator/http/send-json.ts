import type { ServerResponse } from 'node:http';
import { randomId } from '../../internal/random-id.js';

/** Sends a complete JSON answer. @internal */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = writeJsonHead(response, { status, body, headers });
  if (text !== undefined) response.end(text);
}

/**
 * Sends the headers and the first half of a JSON answer (all of it when `whole`), then destroys the connection: a
 * reset in the middle of a non-streaming body, or right after it.
 * @internal
 */
export function sendTruncatedJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  whole = false,
): void {
  const text = writeJsonHead(response, { status, body });
  if (text === undefined) return;
  const sent = whole ? text : text.slice(0, Math.floor(text.length / 2));
  response.write(sent, () => response.socket?.destroy());
}

// The headers the live API sends with a JSON body; returns the body to send, or undefined when the answer has
// already begun or the client is gone.
function writeJsonHead(
  response: ServerResponse,
  {
    status,
    body,
    headers = {},
  }: { status: number; body: unknown; headers?: Record<string, string> },
): string | undefined {
  if (response.headersSent || response.destroyed) return undefined;
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-request-id': randomId('req_'),
    ...headers,
  });
  return text;
}
