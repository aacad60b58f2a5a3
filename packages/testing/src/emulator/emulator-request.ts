import type { IncomingMessage } from 'node:http';

/** One HTTP request the emulator received, as recorded in `emulator.requests`. */
export interface EmulatorRequest {
  /** The HTTP method (`POST`, ...). */
  method: string;
  /** The path without the query string (`/v1/responses`). */
  path: string;
  /** The request headers, lower-cased names as Node gives them. */
  headers: Record<string, string | string[] | undefined>;
  /** The JSON body, parsed; `undefined` when the body was empty or not JSON. */
  body: unknown;
  /** The body as received, for requests whose body is not JSON. */
  rawBody: string;
  /**
   * Set to true when the client closed the connection before the answer was complete (an aborted request, a
   * consumer that stopped reading): what proves a cancellation really reached the wire.
   */
  clientDisconnected: boolean;
}

/** Reads the whole body of `request` and records what came in. @internal */
export async function readEmulatorRequest(
  request: IncomingMessage,
): Promise<EmulatorRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const rawBody = Buffer.concat(chunks).toString('utf8');
  return {
    method: request.method ?? 'GET',
    path: (request.url ?? '/').split('?')[0] ?? '/',
    headers: { ...request.headers },
    body: parseJson(rawBody),
    rawBody,
    clientDisconnected: false,
  };
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
