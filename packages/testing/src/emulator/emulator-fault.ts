/** How many requests a fault applies to (default 1). */
interface Repeated {
  /** Apply to this many consecutive requests. Default 1. */
  times?: number;
}

/**
 * A fault to inject. Faults are queued: each request takes the first one (one fault per request) until its
 * `times` are spent.
 */
export type EmulatorFault =
  /**
   * HTTP 429 with an OpenAI error body and, as the live API sends them, `retry-after` (whole seconds, default 1)
   * and, when `retryAfterMs` is given, `retry-after-ms` (then `retry-after` is its rounded-up seconds).
   */
  | ({
      kind: 'rate_limit';
      retryAfterSeconds?: number;
      retryAfterMs?: number;
    } & Repeated)
  /** An HTTP 5xx (500 by default) with an OpenAI error body. */
  | ({ kind: 'server_error'; status?: number } & Repeated)
  /**
   * Destroys the connection: before any header when `afterEvents` is undefined, else after that many SSE events
   * (for a JSON answer, after the headers and part of the body). `'all'` sends every event (the terminal
   * `response.completed` included) and then destroys the connection instead of ending the body cleanly; a JSON
   * answer then arrives whole before the reset.
   */
  | ({ kind: 'reset'; afterEvents?: number | 'all' } & Repeated)
  /** The reply's first function call gets broken JSON arguments (no effect on a reply without one). */
  | ({ kind: 'malformed_arguments' } & Repeated)
  /** The reply is a call to a tool that was not offered (`name`, default `nonexistent_tool`). */
  | ({ kind: 'unknown_tool'; name?: string } & Repeated)
  /** Waits `delayMs` before sending the status line and headers. */
  | ({ kind: 'slow_first_byte'; delayMs: number } & Repeated)
  /**
   * A streamed answer fails midway: an SSE `error` event (nested like the live API's) then `response.failed`;
   * Chat streams get a `data: {"error":...}` chunk. A non-streaming Responses call gets a `failed` response, a
   * non-streaming Chat call a 500.
   */
  | ({ kind: 'stream_error'; code?: string; message?: string } & Repeated);
