import { BatchTraceProcessor } from '../batch-trace-processor.js';
import type { TracingExporter } from '../processor.js';
import { reportFailure } from '../report-failure.js';
import type { Span } from '../span.js';
import type { Trace } from '../trace.js';
import { getGlobalTraceProvider } from '../trace-provider.js';
import { ingestItemText, ingestPayload } from './ingest-payload.js';
import { EXPORT_PREPARED, PREPARE_ITEM } from '../prepared-export.js';
import { getTracingExportApiKey } from './tracing-export-api-key.js';
import {
  postJson,
  postWithFetch,
  type PostedResponse,
  type PostJson,
} from './post-json.js';

/** Options of {@link OpenAITracingExporter}. */
export interface OpenAITracingExporterOptions {
  /** The key to send with; default the trace's own (`tracing.apiKey` of a run), else {@link setTracingExportApiKey}, else `OPENAI_API_KEY`. */
  apiKey?: string;
  /** Sent as `OpenAI-Organization` when set. */
  organization?: string;
  /** Sent as `OpenAI-Project` when set. */
  project?: string;
  /** The API's base URL; traces go to `{baseURL}/traces/ingest`. Default `https://api.openai.com/v1`. */
  baseURL?: string;
  /** The full ingest URL; wins over `baseURL`. */
  endpoint?: string;
  /** How many times one batch is tried in all before it is given up. Default 3. */
  maxRetries?: number;
  /** The first wait between tries, in ms; it doubles each time (with jitter). Default 1000. */
  baseDelay?: number;
  /** The longest wait between tries, in ms. Default 30000. */
  maxDelay?: number;
  /**
   * The `fetch` to post with (one that goes through a proxy, say). Default: Node's `http`/`https` modules with a
   * keep-alive agent, which cost about a third of the CPU of the global `fetch` per post; the global `fetch` where
   * they do not exist.
   */
  fetch?: typeof fetch;
}

const DEFAULT_BASE_URL = 'https://api.openai.com/v1';

/** What the batch queue holds of an item for this exporter. */
interface PreparedItem {
  apiKey: string | undefined;
  json: string;
}

/**
 * Sends traces and spans to OpenAI's traces dashboard (`POST /v1/traces/ingest`, as `@openai/agents` does).
 * A batch that fails with a 5xx, a 408/409/429 or a network error is tried again with exponential backoff
 * (honouring `retry-after`), up to `maxRetries` tries; then it is dropped with one line on stderr. It never
 * throws. The API key travels in the `Authorization` header only.
 */
export class OpenAITracingExporter implements TracingExporter {
  readonly #options: OpenAITracingExporterOptions;
  readonly #endpoint: string;
  readonly #post: PostJson;

  constructor(options: OpenAITracingExporterOptions = {}) {
    this.#options = options;
    const custom = options.fetch;
    this.#post = custom
      ? (url, body, headers, signal) =>
          postWithFetch(custom, url, body, headers, signal)
      : postJson;
    this.#endpoint =
      options.endpoint ??
      `${(options.baseURL ?? DEFAULT_BASE_URL).replace(/\/+$/, '')}/traces/ingest`;
  }

  /** Sends `items` (never throws; see the class). */
  async export(
    items: (Trace | Span<any>)[],
    signal?: AbortSignal,
  ): Promise<void> {
    // Items sent with different keys (runs with their own `tracing.apiKey`) go in separate requests.
    const byKey = new Map<string | undefined, (Trace | Span<any>)[]>();
    for (const item of items) {
      const key = item.tracingApiKey;
      byKey.set(key, [...(byKey.get(key) ?? []), item]);
    }
    for (const [itemKey, group] of byKey) {
      const apiKey = this.#apiKeyFor(itemKey);
      if (!apiKey) continue;
      const payload = ingestPayload(group);
      if (payload.data.length === 0) continue;
      await this.#send(JSON.stringify(payload), apiKey, signal);
    }
  }

  /** The item's JSON as the ingest takes it, with the key it goes with: all the batch queue keeps of it. */
  [PREPARE_ITEM](item: Trace | Span<any>): PreparedItem | undefined {
    const json = ingestItemText(item);
    return json === undefined
      ? undefined
      : { apiKey: item.tracingApiKey, json };
  }

  /** Sends prepared items: the same requests as {@link export} makes for the items they were prepared from. */
  async [EXPORT_PREPARED](
    items: PreparedItem[],
    signal?: AbortSignal,
  ): Promise<void> {
    const byKey = new Map<string | undefined, string[]>();
    for (const item of items) {
      const group = byKey.get(item.apiKey);
      if (group) group.push(item.json);
      else byKey.set(item.apiKey, [item.json]);
    }
    for (const [itemKey, group] of byKey) {
      const apiKey = this.#apiKeyFor(itemKey);
      // The body `JSON.stringify({ data })` would make, from the items' own JSON.
      if (apiKey)
        await this.#send(`{"data":[${group.join(',')}]}`, apiKey, signal);
    }
  }

  #apiKeyFor(itemKey: string | undefined): string | undefined {
    const apiKey = itemKey ?? this.#options.apiKey ?? getTracingExportApiKey();
    if (!apiKey)
      reportFailure(
        'No API key for the OpenAI tracing exporter: traces are not sent. Set OPENAI_API_KEY or call setTracingExportApiKey().',
      );
    return apiKey;
  }

  async #send(
    body: string,
    apiKey: string,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const maxTries = Math.max(1, this.#options.maxRetries ?? 3);
    const maxDelay = this.#options.maxDelay ?? 30_000;
    let delay = this.#options.baseDelay ?? 1000;
    for (let attempt = 1; ; attempt++) {
      let serverDelay: number | undefined;
      let problem: string;
      try {
        const response = await this.#post(
          this.#endpoint,
          body,
          this.#headers(apiKey),
          signal,
        );
        if (response.status >= 200 && response.status < 300) return;
        if (!shouldRetry(response)) {
          reportFailure(
            `The traces ingest refused a batch (HTTP ${response.status}); it is dropped.`,
          );
          return;
        }
        serverDelay = retryAfterMs(response);
        problem = `HTTP ${response.status}`;
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
      if (signal?.aborted) return;
      if (attempt >= maxTries) {
        reportFailure(
          `Could not send traces after ${maxTries} tries (last: ${problem}); the batch is dropped.`,
        );
        return;
      }
      const jittered = delay + Math.random() * 0.1 * delay;
      const wait = Math.min(Math.max(jittered, serverDelay ?? 0), maxDelay);
      if (!(await sleep(wait, signal))) return;
      delay = Math.min(delay * 2, maxDelay);
    }
  }

  #headers(apiKey: string): Record<string, string> {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${apiKey}`,
      'OpenAI-Beta': 'traces=v1',
    };
    if (this.#options.organization)
      headers['OpenAI-Organization'] = this.#options.organization;
    if (this.#options.project)
      headers['OpenAI-Project'] = this.#options.project;
    return headers;
  }
}

function shouldRetry(response: PostedResponse): boolean {
  const advice = response.header('x-should-retry')?.trim().toLowerCase();
  if (advice === 'true') return true;
  if (advice === 'false') return false;
  const status = response.status;
  return status >= 500 || status === 408 || status === 409 || status === 429;
}

function retryAfterMs(response: PostedResponse): number | undefined {
  const ms = Number(response.header('retry-after-ms') ?? NaN);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const after = response.header('retry-after')?.trim();
  if (!after) return undefined;
  const seconds = Number(after);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Waits `ms`; resolves `false` at once if `signal` aborts. The timer never keeps the process alive. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    timer.unref?.();
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Makes the OpenAI exporter, behind a {@link BatchTraceProcessor}, the process's only trace processor (as
 * `@openai/agents` does at import). `@baton/agents` calls it for you when an API key is set.
 */
export function setDefaultOpenAITracingExporter(
  options?: OpenAITracingExporterOptions,
): void {
  getGlobalTraceProvider().setProcessors([
    new BatchTraceProcessor(new OpenAITracingExporter(options)),
  ]);
}
