import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { randomId } from '../../internal/random-id.js';

/** How {@link sendSse} paces and possibly cuts a stream. @internal */
export interface SendSseOptions {
  /** Pause between frames, in milliseconds (0: write them back to back). */
  chunkDelayMs: number;
  /** Destroy the connection after this many frames, or after the last one with `'all'` (a `reset` fault). */
  resetAfterEvents?: number | 'all';
  /** Aborted when the client goes away or the emulator closes: the stream stops quietly. */
  signal: AbortSignal;
  /** The HTTP status (200 unless a recording says otherwise). */
  status?: number;
}

/**
 * Writes already framed SSE events (`event: ...\ndata: ...\n\n` or `data: ...\n\n`) as a `text/event-stream`
 * body, pacing them and honouring backpressure. Never throws: a client that disconnects just ends the stream.
 * @internal
 */
export async function sendSse(
  response: ServerResponse,
  frames: string[],
  options: SendSseOptions,
): Promise<void> {
  if (response.headersSent || response.destroyed) return;
  response.writeHead(options.status ?? 200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    'x-request-id': randomId('req_'),
  });
  response.flushHeaders();
  const resetAfter =
    options.resetAfterEvents === 'all'
      ? frames.length
      : options.resetAfterEvents;
  if (resetAfter === 0) return destroyAfterFlush(response, '');
  for (const [index, frame] of frames.entries()) {
    if (options.signal.aborted || response.destroyed) return;
    if (index > 0 && options.chunkDelayMs > 0) {
      const slept = await sleep(options.chunkDelayMs, true, {
        signal: options.signal,
      }).catch(() => false);
      if (!slept || response.destroyed) return;
    }
    if (resetAfter === index + 1) return destroyAfterFlush(response, frame);
    if (!response.write(frame)) await drained(response);
  }
  if (!response.destroyed) response.end();
}

/** Writes the last frame, then destroys the socket once the frame has reached it, so the client sees it first. */
function destroyAfterFlush(
  response: ServerResponse,
  frame: string,
): Promise<void> {
  return new Promise((resolve) => {
    const destroy = () => {
      response.socket?.destroy();
      resolve();
    };
    // An empty write still waits behind the headers in the socket's queue.
    if (frame !== '') response.write(frame, destroy);
    else if (response.socket) response.socket.write('', destroy);
    else destroy();
  });
}

function drained(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
}
