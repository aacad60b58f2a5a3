import { generateTraceId, NOOP_ID } from './ids.js';
import type { TracingProcessor } from './processor.js';
import { guarded, RESOLVED } from './report-failure.js';

/** How to make a trace (usually through `withTrace` or the run options). */
export interface TraceOptions {
  /** Its id; default a new `trace_<32 hex>`. */
  traceId?: string;
  /** The workflow's name. Default `'Agent workflow'`. */
  name?: string;
  /** Links the traces of one conversation (see `generateGroupId`). */
  groupId?: string;
  /** Your own data about the trace, as JSON. */
  metadata?: Record<string, any>;
  /** Whether it counts as started already (a trace continued from elsewhere). */
  started?: boolean;
  /** The key the OpenAI exporter sends this trace and its spans with; never part of `toJSON()`. */
  tracingApiKey?: string;
}

/** A trace's JSON, as processors export it. */
export interface TraceJSON {
  object: 'trace';
  id: string;
  workflow_name: string;
  group_id: string | null;
  metadata: Record<string, any>;
}

/** One workflow: a run, or everything inside one `withTrace` block. Its spans say what happened. */
export class Trace {
  /** Tells traces from spans in an exporter's batch. */
  readonly type = 'trace' as const;
  /** The trace's id (`trace_<32 hex>`). */
  traceId: string;
  /** The workflow's name. */
  name: string;
  /** Links the traces of one conversation; `null` when not given. */
  groupId: string | null;
  /** Your own data about the trace. */
  metadata: Record<string, any>;
  /** The key the OpenAI exporter sends it with; never part of `toJSON()`. */
  tracingApiKey?: string;
  readonly #processor: TracingProcessor | undefined;
  #started: boolean;

  /** Without a processor, the trace tells no one it started or ended (use the provider's `createTrace`). */
  constructor(options: TraceOptions = {}, processor?: TracingProcessor) {
    this.traceId = options.traceId ?? generateTraceId();
    this.name = options.name ?? 'Agent workflow';
    this.groupId = options.groupId ?? null;
    this.metadata = options.metadata ?? {};
    this.tracingApiKey = options.tracingApiKey;
    this.#processor = processor;
    this.#started = options.started ?? false;
  }

  /** Tells the processors the trace began; a second call does nothing. Never rejects. */
  start(): Promise<void> {
    if (this.#started) return RESOLVED;
    this.#started = true;
    const processor = this.#processor;
    return processor
      ? guarded('A tracing processor (onTraceStart)', () =>
          processor.onTraceStart(this),
        )
      : RESOLVED;
  }

  /** Tells the processors the trace ended; does nothing unless it was started. Never rejects. */
  end(): Promise<void> {
    if (!this.#started) return RESOLVED;
    this.#started = false;
    const processor = this.#processor;
    return processor
      ? guarded('A tracing processor (onTraceEnd)', () =>
          processor.onTraceEnd(this),
        )
      : RESOLVED;
  }

  /** A copy with the same id and data. */
  clone(): Trace {
    return new Trace(
      {
        traceId: this.traceId,
        name: this.name,
        groupId: this.groupId ?? undefined,
        metadata: this.metadata,
        started: this.#started,
        tracingApiKey: this.tracingApiKey,
      },
      this.#processor,
    );
  }

  /** The trace as processors export it; never holds the tracing API key. */
  toJSON(): TraceJSON | null {
    return {
      object: 'trace',
      id: this.traceId,
      workflow_name: this.name,
      group_id: this.groupId,
      metadata: this.metadata,
    };
  }
}

/** A trace that records nothing: what you get while tracing is off. */
export class NoopTrace extends Trace {
  constructor() {
    super({ traceId: NOOP_ID });
  }
  override start(): Promise<void> {
    return RESOLVED;
  }
  override end(): Promise<void> {
    return RESOLVED;
  }
  override toJSON(): null {
    return null;
  }
}
