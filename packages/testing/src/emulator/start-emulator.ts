import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { ChatCompletionsEndpoint } from './chat/chat-completions-endpoint.js';
import { CountedQueue } from './counted-queue.js';
import type { Endpoint } from './endpoint.js';
import type { EmulatorFault } from './emulator-fault.js';
import type { EmulatorRateLimit, EmulatorStats } from './admit-request.js';
import type { EmulatorReply } from './emulator-reply.js';
import type { EmulatorRequest } from './emulator-request.js';
import type { IngestedTraceItem } from './traces/check-ingest-body.js';
import { handleRequest, type EmulatorState } from './handle-request.js';
import { sendJson } from './http/send-json.js';
import { openAIErrorBody } from './http/openai-error-body.js';
import { loadRecording, type EmulatorReplay } from './replay/load-recording.js';
import { ResponsesEndpoint } from './responses/responses-endpoint.js';
import {
  ConversationsStore,
  type StoredConversation,
} from './conversations-store.js';

/** The emulator's stored conversations, as a test sees them (see {@link Emulator.conversations}). */
export interface EmulatorConversations {
  /** Starts a conversation holding `items` (copied); returns it, with its `conv_...` id. */
  create(
    items?: Array<Record<string, unknown>>,
    metadata?: Record<string, string>,
  ): StoredConversation;
  /** A copy of the conversation with `id`, or undefined. */
  get(id: string): StoredConversation | undefined;
  /** Adds items at its end; false when there is no such conversation. */
  append(id: string, items: Array<Record<string, unknown>>): boolean;
}

/** Options of {@link startEmulator}. */
export interface EmulatorOptions {
  /** The port to listen on. Default 0: a free port chosen by the system (read it from `emulator.port`). */
  port?: number;
  /** The interface to bind. Default `127.0.0.1`. */
  host?: string;
  /** Replies to queue, as with `emulator.script(...)`. */
  script?: EmulatorReply[];
  /** Faults to queue, as with `emulator.fault(...)`. */
  faults?: EmulatorFault[];
  /** Recordings to queue, as with `emulator.replay(...)`. */
  replay?: EmulatorReplay | EmulatorReplay[];
  /** Pause between SSE events, in milliseconds. Default 0. */
  chunkDelayMs?: number;
  /**
   * Time to first byte by model name, in milliseconds: a slow large model beside a fast small one, as a guardrail
   * setup has (`{ 'gpt-4.1': 1000 }`). Requests for other models answer at once. A client that leaves meanwhile
   * gets nothing (and is recorded as disconnected).
   */
  modelLatencyMs?: Record<string, number>;
  /**
   * A rate limit the emulator enforces on model requests (concurrency, requests per minute): a request over it
   * gets a 429 with `retry-after-ms`, as the API answers an organisation over its limits.
   */
  rateLimit?: EmulatorRateLimit;
}

/** A running OpenAI API emulator. */
export interface Emulator {
  /** The base URL, ending in `/v1`: pass it as `baseURL` to the `openai` client. */
  readonly url: string;
  /** The port it listens on. */
  readonly port: number;
  /** Every request received, in order, including the ones a fault answered. */
  readonly requests: EmulatorRequest[];
  /** Every trace and span `POST /v1/traces/ingest` accepted, in order (what a tracing exporter sent). */
  readonly traces: IngestedTraceItem[];
  /**
   * The stored conversations: `POST /v1/responses` with `conversation` reads and adds to them. A test can start one
   * here (`emulator.conversations.create(items).id`) and read back what a run added.
   */
  readonly conversations: EmulatorConversations;
  /** Model requests in flight now, the most ever in flight at once, and how many `rateLimit` refused. */
  readonly stats: Readonly<EmulatorStats>;
  /** Queues replies, consumed one per request (after any queued recording). */
  script(...replies: EmulatorReply[]): Emulator;
  /** Queues faults, applied to the next requests (one per request; `times` repeats one). */
  fault(...faults: EmulatorFault[]): Emulator;
  /**
   * Queues faults for `POST /v1/traces/ingest` alone (`server_error`, `rate_limit`, `reset`), so that a test of an
   * exporter's retries leaves its model requests alone.
   */
  faultTraces(...faults: EmulatorFault[]): Emulator;
  /** Queues recordings to answer the next requests with; the files are read (and checked) now. */
  replay(...replays: EmulatorReplay[]): Emulator;
  /** Clears the queued replies, faults and recordings, the request record, stored responses and conversations. */
  reset(): Emulator;
  /** Stops the server and closes every open connection, leaving no handle behind. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Starts an HTTP server that speaks the OpenAI API: `POST /v1/responses` and `POST /v1/chat/completions`, as
 * JSON or SSE with the live API's event order and framing, the Conversations API (`/v1/conversations`, kept in
 * memory), and `POST /v1/traces/ingest`, whose traces and spans it keeps in `emulator.traces`. Replies come from queued recordings, then scripted
 * replies, then a deterministic default model that calls offered tools and routes handoffs; faults can be
 * injected before any of them.
 *
 * @example
 * ```ts
 * const emulator = await startEmulator();
 * const client = new OpenAI({ baseURL: emulator.url, apiKey: 'test' });
 * emulator.script({ text: 'Hello!' });
 * const response = await client.responses.create({ model: 'gpt-4.1', input: 'Hi' });
 * await emulator.close();
 * ```
 * @see docs/testing-with-the-emulator.md in the Baton repository
 */
export async function startEmulator(
  options: EmulatorOptions = {},
): Promise<Emulator> {
  const emulator = new RunningEmulator(options);
  await emulator.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  return emulator;
}

class RunningEmulator implements Emulator {
  readonly requests: EmulatorRequest[] = [];
  readonly conversations = new ConversationsStore();
  readonly traces: IngestedTraceItem[] = [];
  readonly stats: EmulatorStats = {
    inFlight: 0,
    maxInFlight: 0,
    rateLimited: 0,
  };
  #server: Server;
  #sockets = new Set<Socket>();
  #closing = new AbortController();
  #closed: Promise<void> | undefined;
  #state: EmulatorState;
  #host = '127.0.0.1';

  constructor(options: EmulatorOptions) {
    const endpoints = new Map<string, Endpoint>([
      ['/v1/responses', new ResponsesEndpoint(this.conversations)],
      ['/v1/chat/completions', new ChatCompletionsEndpoint()],
    ]);
    this.#state = {
      requests: this.requests,
      traces: this.traces,
      traceFaults: new CountedQueue(),
      script: [...(options.script ?? [])],
      faults: new CountedQueue(),
      replays: new CountedQueue(),
      conversations: this.conversations,
      endpoints,
      chunkDelayMs: options.chunkDelayMs ?? 0,
      modelLatencyMs: options.modelLatencyMs ?? {},
      closing: this.#closing.signal,
      rateLimit: options.rateLimit,
      stats: this.stats,
      starts: [],
    };
    this.fault(...(options.faults ?? []));
    this.replay(
      ...(options.replay === undefined ? [] : [options.replay].flat()),
    );
    this.#server = createServer((req, res) => {
      // A client may vanish at any point; its socket errors must not surface as unhandled events.
      req.on('error', () => {});
      res.on('error', () => {});
      handleRequest(this.#state, req, res).catch((error: unknown) => {
        if (res.headersSent) return void res.socket?.destroy();
        sendJson(
          res,
          500,
          openAIErrorBody(
            'server_error',
            `Emulator failure: ${(error as Error)?.message}`,
          ),
        );
      });
    });
    this.#server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
  }

  get port(): number {
    return (this.#server.address() as AddressInfo | null)?.port ?? 0;
  }

  get url(): string {
    const host = this.#host.includes(':') ? `[${this.#host}]` : this.#host;
    return `http://${host}:${this.port}/v1`;
  }

  listen(port: number, host: string): Promise<void> {
    this.#host = host;
    return new Promise((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(port, host, () => {
        this.#server.off('error', reject);
        resolve();
      });
    });
  }

  script(...replies: EmulatorReply[]): Emulator {
    this.#state.script.push(...replies);
    return this;
  }

  fault(...faults: EmulatorFault[]): Emulator {
    this.#state.faults.push(...faults);
    return this;
  }

  faultTraces(...faults: EmulatorFault[]): Emulator {
    this.#state.traceFaults.push(...faults);
    return this;
  }

  replay(...replays: EmulatorReplay[]): Emulator {
    const loaded = replays.map((replay) => ({
      times: replay.times,
      recording: loadRecording(replay),
    }));
    this.#state.replays.push(...loaded);
    return this;
  }

  reset(): Emulator {
    this.#state.script.length = 0;
    this.#state.faults.clear();
    this.#state.replays.clear();
    this.#state.traceFaults.clear();
    this.requests.length = 0;
    this.traces.length = 0;
    this.stats.maxInFlight = this.stats.inFlight;
    this.stats.rateLimited = 0;
    this.#state.starts.length = 0;
    for (const endpoint of this.#state.endpoints.values()) endpoint.reset();
    this.conversations.clear();
    return this;
  }

  close(): Promise<void> {
    this.#closed ??= new Promise<void>((resolve) => {
      this.#closing.abort();
      this.#server.close(() => resolve());
      for (const socket of this.#sockets) socket.destroy();
      this.#sockets.clear();
    });
    return this.#closed;
  }
}
