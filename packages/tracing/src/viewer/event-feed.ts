import type { ServerResponse } from 'node:http';
import type { TraceStoreReader } from '../store/trace-store-reader.js';

/**
 * The live feed (`GET /api/events`, server-sent events): one `trace` event with the trace's list row each time
 * records of a trace are written, by any process. One folder watcher serves every open page.
 */
export class EventFeed {
  readonly #reader: TraceStoreReader;
  readonly #intervalMs: number;
  readonly #clients = new Set<ServerResponse>();
  readonly #dirty = new Set<string>();
  #stopWatching: (() => void) | undefined;
  #heartbeat: NodeJS.Timeout | undefined;
  #sending = false;

  constructor(reader: TraceStoreReader, intervalMs = 500) {
    this.#reader = reader;
    this.#intervalMs = intervalMs;
  }

  /** Starts watching the folder, so changes made before any page connects are not missed later. */
  start(): void {
    this.#stopWatching ??= this.#reader.watch(
      ({ traceId }) => {
        this.#dirty.add(traceId);
        void this.#send();
      },
      { intervalMs: this.#intervalMs },
    );
    this.#heartbeat ??= setInterval(
      () => this.#broadcast(': ping\n\n'),
      15_000,
    );
    this.#heartbeat.unref();
  }

  /** Keeps `response` open as an event stream until the page leaves or the feed closes. */
  connect(response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      Connection: 'keep-alive',
    });
    response.write('retry: 1000\nevent: ready\ndata: {}\n\n');
    this.#clients.add(response);
    response.on('close', () => this.#clients.delete(response));
  }

  /** Ends every stream and stops watching. */
  close(): void {
    this.#stopWatching?.();
    this.#stopWatching = undefined;
    clearInterval(this.#heartbeat);
    this.#heartbeat = undefined;
    for (const client of this.#clients) client.end();
    this.#clients.clear();
  }

  async #send(): Promise<void> {
    if (this.#sending) return;
    this.#sending = true;
    try {
      while (this.#dirty.size > 0) {
        const [traceId] = this.#dirty;
        this.#dirty.delete(traceId);
        const summary = await this.#reader.summarizeTrace(traceId);
        if (summary)
          this.#broadcast(`event: trace\ndata: ${JSON.stringify(summary)}\n\n`);
      }
    } finally {
      this.#sending = false;
    }
  }

  #broadcast(text: string): void {
    for (const client of this.#clients) client.write(text);
  }
}
