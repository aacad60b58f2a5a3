import {
  context,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type AttributeValue,
  type HrTime,
  type Tracer,
  type TracerProvider,
} from '@opentelemetry/api';
import { RESOLVED } from './resolved-promise.js';
import { timeOf } from './time-of.js';
import { describeSpan, type DescribeOptions } from './describe-span.js';
import { describeTrace } from './describe-trace.js';
import { contextOf, OpenSpans, type OpenSpan } from './open-spans.js';
import type { TracedSpan, TracedTrace } from './traced-span.js';

/** How the OpenTelemetry processor is set up. */
export interface OpenTelemetryTracingProcessorOptions {
  /**
   * Where the spans go. Default: the global provider (`trace.setGlobalTracerProvider`, which `NodeSDK` and
   * `NodeTracerProvider#register()` set), even one registered after the processor was made.
   */
  tracerProvider?: TracerProvider;
  /** `gen_ai.provider.name` (and the older `gen_ai.system`) of model calls and agents. Default `'openai'`. */
  providerName?: string;
  /**
   * `false` keeps inputs, outputs, tool arguments and results, custom span data and error details out of the
   * OpenTelemetry spans even when the Baton spans carry them (the run's `traceIncludeSensitiveData` decides what
   * they carry). Default `true`.
   */
  includeSensitiveData?: boolean;
  /**
   * The most traces and spans held open at once. Past it the oldest is ended now, marked `baton.incomplete`,
   * and counted in `evictedSpanCount`. Default 10,000.
   */
  maxOpenSpans?: number;
}

/** The instrumentation scope of the spans. */
const SCOPE = '@baton/tracing';

/** Whether an attribute's value at a span's end is the one it started with (arrays: the same entries). */
function sameValue(
  value: AttributeValue,
  started: AttributeValue | undefined,
): boolean {
  if (value === started) return true;
  if (!Array.isArray(value) || !Array.isArray(started)) return false;
  if (value.length !== started.length) return false;
  for (let index = 0; index < value.length; index++)
    if (value[index] !== started[index]) return false;
  return true;
}

/**
 * A tracing processor that turns every Baton trace and span into an OpenTelemetry span, with the GenAI semantic
 * conventions, so Jaeger, Tempo, Langfuse, Datadog or any OTLP backend show what agents did. A trace becomes an
 * `invoke_workflow` span under the OpenTelemetry span active where the trace started (an HTTP request's, say).
 * Register it with `addTraceProcessor`; it never shuts the tracer provider down, which stays yours.
 * @example
 * const provider = new NodeTracerProvider({ spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())] });
 * provider.register();
 * addTraceProcessor(new OpenTelemetryTracingProcessor());
 * @see docs/tracing-opentelemetry.md
 */
export class OpenTelemetryTracingProcessor {
  readonly #tracerProvider: TracerProvider | undefined;
  readonly #tracer: Tracer;
  readonly #describe: DescribeOptions;
  /** What a span's start describes: never content, which is final only at its end. */
  readonly #describeStart: DescribeOptions;
  readonly #open: OpenSpans;

  constructor(options: OpenTelemetryTracingProcessorOptions = {}) {
    this.#tracerProvider = options.tracerProvider;
    this.#tracer = (options.tracerProvider ?? trace).getTracer(SCOPE);
    this.#describe = {
      providerName: options.providerName ?? 'openai',
      content: options.includeSensitiveData ?? true,
    };
    this.#describeStart = { ...this.#describe, content: false };
    this.#open = new OpenSpans(Math.max(1, options.maxOpenSpans ?? 10_000));
  }

  /** Traces and spans held now, waiting for their end (or for their parent to start). */
  get openSpanCount(): number {
    return this.#open.size;
  }

  /** How many traces and spans were ended early because more than `maxOpenSpans` were open. */
  get evictedSpanCount(): number {
    return this.#open.evicted;
  }

  /** Starts the trace's `invoke_workflow` span, as a child of the OpenTelemetry span active now, if any. */
  onTraceStart(batonTrace: TracedTrace): Promise<void> {
    try {
      this.#onTraceStart(batonTrace);
      return RESOLVED;
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** Ends the trace's span; spans still waiting for a parent that never came go under it. */
  onTraceEnd(batonTrace: TracedTrace): Promise<void> {
    try {
      this.#onTraceEnd(batonTrace);
      return RESOLVED;
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** Starts the span's OpenTelemetry span under its parent's, or holds it until its parent starts. */
  onSpanStart(span: TracedSpan): Promise<void> {
    try {
      this.#onSpanStart(span);
      return RESOLVED;
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** Ends the span's OpenTelemetry span, with the span's final data, error and end time. */
  onSpanEnd(span: TracedSpan): Promise<void> {
    try {
      this.#onSpanEnd(span);
      return RESOLVED;
    } catch (error) {
      return Promise.reject(error);
    }
  }

  #onTraceStart(batonTrace: TracedTrace): void {
    if (this.#open.traces.has(batonTrace.traceId)) return;
    const { name, attributes } = describeTrace(batonTrace);
    this.#startTrace(batonTrace.traceId, name, {
      attributes,
      conversationId: batonTrace.groupId ?? undefined,
    });
  }

  #onTraceEnd(batonTrace: TracedTrace): void {
    const { traceId } = batonTrace;
    const root = this.#open.find(traceId);
    if (this.#open.waiting.size > 0) this.#releaseOrphans(traceId, root);
    const open = this.#open.traces.get(traceId);
    if (!open) return;
    this.#open.close(traceId, open);
    open.otel.end();
  }

  /** Spans of the ending trace still waiting for a parent that never came go under the trace's span. */
  #releaseOrphans(traceId: string, root: OpenSpan | undefined): void {
    const waiting = [...this.#open.waiting.values()].filter(
      (entry) => entry.span.traceId === traceId,
    );
    const waitingIds = new Set(waiting.map((entry) => entry.span.spanId));
    for (const orphan of waiting) {
      if (!root) this.#open.waiting.delete(orphan.span.spanId);
      else if (!waitingIds.has(orphan.span.parentId ?? ''))
        this.#release(orphan.span.spanId, root);
    }
  }

  #onSpanStart(span: TracedSpan): void {
    if (
      this.#open.spans.has(span.spanId) ||
      (this.#open.waiting.size > 0 && this.#open.waiting.has(span.spanId))
    )
      return;
    const parent = this.#parentOf(span);
    if (parent) this.#startSpan(span, parent);
    else this.#wait(span, false);
  }

  #onSpanEnd(span: TracedSpan): void {
    if (this.#open.waiting.size > 0) {
      const waiting = this.#open.waiting.get(span.spanId);
      if (waiting) {
        waiting.ended = true;
        return;
      }
    }
    let entry = this.#open.spans.get(span.spanId);
    if (!entry) {
      // Its start was never seen (the processor came later) or it was evicted already.
      if (this.#open.hasEnded(span.spanId)) return;
      const parent = this.#parentOf(span);
      if (!parent) return this.#wait(span, true);
      entry = this.#startSpan(span, parent);
    }
    this.#endSpan(span, entry);
  }

  /** Flushes the tracer provider, if it can be flushed (SDK providers can). */
  async forceFlush(): Promise<void> {
    const provider = this.#tracerProvider ?? trace.getTracerProvider();
    const target =
      'getDelegate' in provider && typeof provider.getDelegate === 'function'
        ? (provider.getDelegate() as TracerProvider)
        : provider;
    const flushable = target as { forceFlush?: () => Promise<void> };
    if (typeof flushable.forceFlush === 'function')
      await flushable.forceFlush();
  }

  /** Ends what is still open (marked `baton.incomplete`) and flushes; the tracer provider stays up. */
  async shutdown(_timeout?: number): Promise<void> {
    for (const [id, entry] of [...this.#open.spans, ...this.#open.traces]) {
      this.#open.close(id, entry);
      entry.otel.setAttribute('baton.incomplete', true);
      entry.otel.end();
    }
    this.#open.waiting.clear();
    await this.forceFlush();
  }

  #startTrace(
    traceId: string,
    name: string,
    init: { attributes: Attributes; conversationId?: string; start?: HrTime },
  ): OpenSpan {
    const rootContext = context.active();
    const otel = this.#tracer.startSpan(
      name,
      {
        kind: SpanKind.INTERNAL,
        attributes: init.attributes,
        startTime: init.start,
      },
      rootContext,
    );
    const entry: OpenSpan = {
      otel,
      rootContext,
      context: undefined,
      traceId,
      conversationId: init.conversationId,
      seq: this.#open.nextSeq(),
    };
    this.#open.traces.set(traceId, entry);
    this.#evictOverflow();
    return entry;
  }

  /**
   * The OpenTelemetry parent of a span: its parent span's, the trace's, or (for a trace whose start this
   * processor never saw) a trace span made now. `undefined`: its parent has not started yet, so it waits.
   */
  #parentOf(span: TracedSpan): OpenSpan | undefined {
    if (span.parentId) {
      const parent = this.#open.find(span.parentId);
      if (parent) return parent;
      if (this.#open.traces.has(span.traceId)) return undefined;
    }
    return (
      this.#open.find(span.traceId) ??
      this.#startTrace(span.traceId, 'invoke_workflow', {
        attributes: {
          'gen_ai.operation.name': 'invoke_workflow',
          'baton.trace.id': span.traceId,
        },
        start: timeOf(span.startedAt),
      })
    );
  }

  #startSpan(span: TracedSpan, parent: OpenSpan): OpenSpan {
    const described = describeSpan(span.spanData, this.#describeStart);
    const agentName =
      described.attributes['gen_ai.agent.name'] ?? parent.agentName;
    // A fresh object of describeSpan's: the start-only attributes go straight into it.
    const attributes = described.attributes;
    attributes['baton.trace.id'] = span.traceId;
    attributes['baton.span.id'] = span.spanId;
    if (agentName !== undefined) attributes['gen_ai.agent.name'] = agentName;
    if (parent.conversationId)
      attributes['gen_ai.conversation.id'] = parent.conversationId;
    const parentContext = contextOf(parent);
    const otel = this.#tracer.startSpan(
      described.name,
      {
        kind: described.kind,
        attributes,
        startTime: timeOf(span.startedAt),
      },
      parentContext,
    );
    const entry: OpenSpan = {
      otel,
      rootContext: parent.rootContext,
      context: undefined,
      traceId: span.traceId,
      agentName: typeof agentName === 'string' ? agentName : undefined,
      attributes,
      conversationId: parent.conversationId,
      seq: this.#open.nextSeq(),
    };
    this.#open.spans.set(span.spanId, entry);
    this.#evictOverflow();
    if (this.#open.waiting.size > 0)
      for (const waiting of [...this.#open.waiting.values()])
        if (waiting.span.parentId === span.spanId)
          this.#release(waiting.span.spanId, entry);
    return entry;
  }

  #endSpan(span: TracedSpan, entry: OpenSpan): void {
    this.#open.close(span.spanId, entry);
    const { otel } = entry;
    // Data that cannot be described (a BigInt in custom data, say) still ends the span, so it is exported.
    try {
      const described = describeSpan(
        span.spanData,
        this.#describe,
        span.error !== null,
      );
      otel.updateName(described.name);
      // What the span started with is set already: the SDK need not check and copy it a second time.
      const started = entry.attributes;
      for (const key in described.attributes) {
        const value = described.attributes[key];
        if (value !== undefined && !sameValue(value, started?.[key]))
          otel.setAttribute(key, value);
      }
      if (span.error) {
        otel.setStatus({
          code: SpanStatusCode.ERROR,
          message: span.error.message,
        });
        otel.setAttribute('error.type', '_OTHER');
        if (this.#describe.content && span.error.data)
          otel.setAttribute(
            'baton.error.data',
            JSON.stringify(span.error.data),
          );
      }
      // Span events keep their data as one JSON attribute, when content is recorded at all.
      const events = span.events;
      if (events)
        for (const event of events)
          otel.addEvent(
            event.name,
            event.data === undefined || !this.#describe.content
              ? {}
              : { 'baton.event.data': JSON.stringify(event.data) },
            timeOf(event.at),
          );
    } finally {
      otel.end(timeOf(span.endedAt));
    }
  }

  #wait(span: TracedSpan, ended: boolean): void {
    this.#open.waiting.set(span.spanId, {
      span,
      ended,
      seq: this.#open.nextSeq(),
    });
    this.#evictOverflow();
  }

  /** Starts a waiting span under `parent` now, and ends it at once if its end arrived while it waited. */
  #release(spanId: string, parent: OpenSpan): void {
    const waiting = this.#open.waiting.get(spanId);
    if (!waiting) return;
    this.#open.waiting.delete(spanId);
    const entry = this.#startSpan(waiting.span, parent);
    if (waiting.ended) this.#endSpan(waiting.span, entry);
  }

  #evictOverflow(): void {
    if (!this.#open.overLimit) return;
    for (const evicted of this.#open.overflow()) {
      if (evicted.kind !== 'open') continue;
      evicted.entry.otel.setAttribute('baton.incomplete', true);
      evicted.entry.otel.end();
    }
  }
}
