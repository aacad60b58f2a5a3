import { getCurrentSpan, getCurrentTrace } from './current-context.js';
import { generateSpanId, generateTraceId, NOOP_ID } from './ids.js';
import { MultiTracingProcessor } from './multi-tracing-processor.js';
import type { TracingProcessor } from './processor.js';
import { reportFailure } from './report-failure.js';
import type { SpanData } from './span-data.js';
import { NoopSpan, Span, type SpanOptions } from './span.js';
import { NoopTrace, Trace, type TraceOptions } from './trace.js';

/** How to make a span through the provider: its trace comes from the parent or the current context. */
export type CreateSpanOptions<TData extends SpanData> = Omit<
  SpanOptions<TData>,
  'traceId'
> & {
  traceId?: string;
  /** Makes a no-op span. */
  disabled?: boolean;
};

/** Makes ids, traces and spans, and hands their events to the registered processors. One per process. */
export class TraceProvider {
  readonly #processors = new MultiTracingProcessor();
  #disabled = tracingDisabledByEnvironment();
  #shutdown: Promise<void> | undefined;

  /**
   * Whether a span made now would reach anyone: tracing is on and a processor is registered. Baton's runs check
   * this first, so that with tracing off they build no span at all.
   */
  get active(): boolean {
    return !this.#disabled && this.#processors.size > 0;
  }

  /** Whether any processor is registered. */
  get hasProcessors(): boolean {
    return this.#processors.size > 0;
  }

  /** Whether tracing is off (by `setTracingDisabled`, or the environment at start). */
  get disabled(): boolean {
    return this.#disabled;
  }

  /** Adds a processor after the others. */
  registerProcessor(processor: TracingProcessor): void {
    this.#shutdown = undefined;
    this.#processors.addTraceProcessor(processor);
  }

  /** Replaces every processor (the old ones are shut down). */
  setProcessors(processors: TracingProcessor[]): void {
    this.#shutdown = undefined;
    this.#processors.setProcessors(processors);
  }

  /** Turns tracing off (or back on) for the whole process. */
  setDisabled(disabled: boolean): void {
    this.#disabled = disabled;
  }

  /** The current trace (see the `getCurrentTrace` function). */
  getCurrentTrace(): Trace | null {
    return getCurrentTrace();
  }

  /** The current span (see the `getCurrentSpan` function). */
  getCurrentSpan(): Span<any> | null {
    return getCurrentSpan();
  }

  /** A new trace id. */
  generateTraceId(): string {
    return generateTraceId();
  }

  /** A new span id. */
  generateSpanId(): string {
    return generateSpanId();
  }

  /** Starts the processors' export loops. */
  startExportLoop(): void {
    this.#processors.start();
  }

  /** A new trace, or a no-op one while tracing is off. */
  createTrace(options: TraceOptions): Trace {
    if (this.#disabled) return new NoopTrace();
    return new Trace(
      {
        ...options,
        traceId: options.traceId ?? this.generateTraceId(),
        name: options.name ?? 'Agent workflow',
      },
      this.#processors,
    );
  }

  /**
   * A new span under `parent`, or under the current span (else the current trace). A no-op span while tracing is
   * off, outside any trace, or under a no-op parent.
   */
  createSpan<TData extends SpanData>(
    options: CreateSpanOptions<TData>,
    parent?: Span<any> | Trace,
  ): Span<TData> {
    if (this.#disabled || options.disabled || options.spanId === NOOP_ID)
      return new NoopSpan(options.data, this.#processors);
    const owner = parent ?? getCurrentSpan() ?? getCurrentTrace();
    if (!owner || isNoop(owner))
      return new NoopSpan(options.data, this.#processors);
    // Told apart by shape, not class: a parent may come from the other build (ESM or CJS) of this package.
    const parentSpan = owner.type === 'trace.span' ? owner : undefined;
    return new Span<TData>(
      {
        traceId: owner.traceId,
        spanId: options.spanId ?? this.generateSpanId(),
        parentId: parentSpan?.spanId,
        data: options.data,
        traceMetadata: parentSpan
          ? parentSpan.traceMetadata
          : (owner as Trace).metadata,
        startedAt: options.startedAt,
        endedAt: options.endedAt,
        error: options.error,
        tracingApiKey: owner.tracingApiKey ?? options.tracingApiKey,
      },
      this.#processors,
    );
  }

  /** Sends what every processor holds, and stops them. Safe to call more than once. */
  shutdown(timeout?: number): Promise<void> {
    this.#shutdown ??= this.#processors
      .shutdown(timeout)
      .catch((error: unknown) =>
        reportFailure('Shutting tracing down failed', error),
      );
    return this.#shutdown;
  }

  /** Sends what every processor holds now. */
  forceFlush(): Promise<void> {
    return this.#processors.forceFlush();
  }
}

function isNoop(owner: Span<any> | Trace): boolean {
  return (
    owner.traceId === NOOP_ID ||
    (owner.type === 'trace.span' && owner.spanId === NOOP_ID)
  );
}

/** As in the Agents SDK: off under `NODE_ENV=test`, and when `OPENAI_AGENTS_DISABLE_TRACING` is `1`/`true`. */
function tracingDisabledByEnvironment(): boolean {
  const env = typeof process === 'undefined' ? {} : process.env;
  const flag = env.OPENAI_AGENTS_DISABLE_TRACING?.trim().toLowerCase();
  if (flag === 'true' || flag === '1') return true;
  if (flag === 'false' || flag === '0') return false;
  return env.NODE_ENV === 'test';
}

// One provider per process, shared by the ESM and CJS builds (see context.ts).
const PROVIDER_KEY = Symbol.for('baton.tracing.provider');

/**
 * The process's trace provider. It sends what its processors hold when the process is about to exit on its own
 * (`beforeExit`: the exports it starts keep the process up until they finish; the listener itself keeps nothing
 * alive). A process ended by `process.exit()` or a signal gets no flush: call `forceFlush()` or `shutdown()` first.
 */
export function getGlobalTraceProvider(): TraceProvider {
  const scope = globalThis as Record<symbol, TraceProvider | undefined>;
  let provider = scope[PROVIDER_KEY];
  if (!provider) {
    const created = new TraceProvider();
    provider = scope[PROVIDER_KEY] = created;
    if (typeof process !== 'undefined' && typeof process.on === 'function')
      process.on('beforeExit', () => void created.forceFlush());
  }
  return provider;
}
