import { generateSpanId, NOOP_ID, timeIso } from './ids.js';
import type { TracingProcessor } from './processor.js';
import { reportFailure, settled } from './report-failure.js';
import type { SpanData } from './span-data.js';

const ON_SPAN_START = 'A tracing processor (onSpanStart)';
/**
 * @internal The key of a span's "JSON with this span data" method, for processors in other entry points of this
 * package (the local store), which may not import this module: see {@link Span}'s method under this key.
 */
export const SPAN_JSON_WITH = Symbol.for('baton.tracing.spanJsonWith');
const ON_SPAN_END = 'A tracing processor (onSpanEnd)';

/** What went wrong in a span. */
export interface SpanError {
  /** A one-line description. */
  message: string;
  /** Details, as JSON. */
  data?: Record<string, any>;
}

/** Something that happened at one moment inside a span (a tool's progress report, say). */
export interface SpanEvent {
  /** What happened, as a short name. */
  name: string;
  /** When (ISO 8601). */
  at: string;
  /** Details, as JSON. */
  data?: Record<string, any>;
}

/** How to make a span (see `createCustomSpan` and the other `create*Span` functions for the usual way). */
export interface SpanOptions<TData extends SpanData> {
  /** The trace the span belongs to. */
  traceId: string;
  /** Its id; default a new `span_<24 hex>`. */
  spanId?: string;
  /** The span it is part of; none for a span directly under its trace. */
  parentId?: string;
  /** What it records. */
  data: TData;
  /** The trace's metadata, for processors that want it with each span. */
  traceMetadata?: Record<string, any>;
  /** When it started (ISO 8601), for spans that are replayed. */
  startedAt?: string;
  /** When it ended (ISO 8601), for spans that are replayed. */
  endedAt?: string;
  /** An error it already has. */
  error?: SpanError;
  /** The key the OpenAI exporter sends this span with; never part of `toJSON()`. */
  tracingApiKey?: string;
}

/** A span's JSON, as processors export it. */
export interface SpanJSON {
  object: 'trace.span';
  id: string;
  trace_id: string;
  parent_id: string | null;
  started_at: string | null;
  ended_at: string | null;
  span_data: Record<string, any>;
  error: SpanError | null;
  /** Its events, in order; absent when it has none. */
  events?: SpanEvent[];
}

/** One timed operation inside a trace: an agent's stretch, a model call, a tool call, a handoff, a guardrail, ... */
export class Span<TData extends SpanData> {
  /** Tells spans from traces in an exporter's batch. */
  readonly type = 'trace.span' as const;
  readonly #traceId: string;
  readonly #spanId: string;
  readonly #parentId: string | null;
  readonly #data: TData;
  readonly #traceMetadata: Record<string, any> | undefined;
  readonly #tracingApiKey: string | undefined;
  readonly #processor: TracingProcessor;
  #startedAt: string | null;
  #endedAt: string | null;
  #error: SpanError | null;
  #events: SpanEvent[] | undefined;
  /** The span that was current before this one (what `resetCurrentSpan` goes back to). */
  previousSpan: Span<any> | undefined;

  constructor(options: SpanOptions<TData>, processor: TracingProcessor) {
    this.#traceId = options.traceId;
    this.#spanId = options.spanId ?? generateSpanId();
    this.#parentId = options.parentId ?? null;
    this.#data = options.data;
    this.#traceMetadata = options.traceMetadata;
    this.#tracingApiKey = options.tracingApiKey;
    this.#processor = processor;
    this.#startedAt = options.startedAt ?? null;
    this.#endedAt = options.endedAt ?? null;
    this.#error = options.error ?? null;
  }

  /** The id of the trace the span belongs to. */
  get traceId(): string {
    return this.#traceId;
  }
  /** The span's id (`span_<24 hex>`). */
  get spanId(): string {
    return this.#spanId;
  }
  /** The id of the span it is part of; `null` directly under its trace. */
  get parentId(): string | null {
    return this.#parentId;
  }
  /** What the span records; fill it in while the span runs, before `end()`. */
  get spanData(): TData {
    return this.#data;
  }
  /** The metadata of its trace. */
  get traceMetadata(): Record<string, any> | undefined {
    return this.#traceMetadata;
  }
  /** The key the OpenAI exporter sends it with; never part of `toJSON()`. */
  get tracingApiKey(): string | undefined {
    return this.#tracingApiKey;
  }
  /** When it started (ISO 8601); `null` until `start()`. */
  get startedAt(): string | null {
    return this.#startedAt;
  }
  /** When it ended (ISO 8601); `null` until `end()`. */
  get endedAt(): string | null {
    return this.#endedAt;
  }
  /** What went wrong in it, or `null`. */
  get error(): SpanError | null {
    return this.#error;
  }

  /** Records the start time and tells the processors; a second call does nothing. */
  start(): void {
    if (this.#startedAt) return;
    this.#startedAt = timeIso();
    try {
      void settled(ON_SPAN_START, this.#processor.onSpanStart(this));
    } catch (error) {
      reportFailure(`${ON_SPAN_START} failed`, error);
    }
  }

  /** Records the end time and tells the processors; a second call does nothing. */
  end(): void {
    if (this.#endedAt) return;
    this.#endedAt = timeIso();
    try {
      void settled(ON_SPAN_END, this.#processor.onSpanEnd(this));
    } catch (error) {
      reportFailure(`${ON_SPAN_END} failed`, error);
    }
  }

  /** Marks the span as failed. */
  setError(error: SpanError): void {
    this.#error = error;
  }

  /** What happened inside the span so far, in order. */
  get events(): readonly SpanEvent[] {
    return this.#events ?? [];
  }

  /** Records that something happened now, inside the span; ignored once it has ended. */
  addEvent(name: string, data?: Record<string, any>): void {
    if (this.#endedAt) return;
    (this.#events ??= []).push({
      name,
      at: timeIso(),
      ...(data && { data }),
    });
  }

  /** A copy, for processors that keep spans past their end. */
  clone(): Span<TData> {
    const copy = new Span<TData>(
      {
        traceId: this.#traceId,
        spanId: this.#spanId,
        parentId: this.#parentId ?? undefined,
        data: this.#data,
        traceMetadata: this.#traceMetadata,
        startedAt: this.#startedAt ?? undefined,
        endedAt: this.#endedAt ?? undefined,
        error: this.#error ?? undefined,
        tracingApiKey: this.#tracingApiKey,
      },
      this.#processor,
    );
    copy.#events = this.#events?.slice();
    copy.previousSpan = this.previousSpan?.clone();
    return copy;
  }

  /**
   * @internal What `toJSON()` returns, for processors that serialise it at once: with `spanData` (their own share of
   * the data) or else the span's exported data itself, not a copy; `undefined` when a subclass makes its own JSON.
   */
  [SPAN_JSON_WITH](spanData?: Record<string, any>): SpanJSON | undefined {
    if (this.toJSON !== PLAIN_TO_JSON) return undefined;
    return this.#json(spanData ?? exportedSpanData(this.#data));
  }

  /** The span as processors export it; never holds the tracing API key. */
  toJSON(): SpanJSON | null {
    return this.#json({ ...exportedSpanData(this.#data) });
  }

  #json(spanData: Record<string, any>): SpanJSON {
    return {
      object: 'trace.span',
      id: this.#spanId,
      trace_id: this.#traceId,
      parent_id: this.#parentId,
      started_at: this.#startedAt,
      ended_at: this.#endedAt,
      span_data: spanData,
      error: this.#error,
      ...(this.#events && { events: this.#events.slice() }),
    };
  }
}

/**
 * @internal A span's data as it is exported: as the SDK exports them, task and turn spans travel as custom spans,
 * which every backend knows. Other data is handed back as it is, not copied: serialising it gives the same text.
 */
export function exportedSpanData(data: SpanData): Record<string, any> {
  if (data.type === 'task' || data.type === 'turn') {
    const { type, ...rest } = data;
    return {
      type: 'custom',
      name: type,
      data: { sdk_span_type: type, ...rest },
    };
  }
  return data;
}

const PLAIN_TO_JSON = Span.prototype.toJSON;

/** A span that records nothing: what you get while tracing is off or outside a trace. */
export class NoopSpan<TData extends SpanData> extends Span<TData> {
  constructor(data: TData, processor: TracingProcessor) {
    super({ traceId: NOOP_ID, spanId: NOOP_ID, data }, processor);
  }
  override start(): void {}
  override end(): void {}
  override setError(): void {}
  override addEvent(_name: string, _data?: Record<string, any>): void {}
  override toJSON(): null {
    return null;
  }
}
