import {
  trace,
  type Attributes,
  type Context,
  type Span as OtelSpan,
} from '@opentelemetry/api';
import type { TracedSpan } from './traced-span.js';

/** An OpenTelemetry span standing for a Baton trace or span, with what its children inherit. */
export interface OpenSpan {
  otel: OtelSpan;
  /**
   * The context active where the trace started, shared by all its spans: a span's context is this one with the
   * span in it (the processor sets nothing else), so {@link contextOf} needs no parent's context, and an ended
   * entry holds no other span.
   */
  rootContext: Context;
  /** A context holding `otel`, made when the first span under it starts (most spans have none under them). */
  context?: Context;
  traceId: string;
  /** The attributes it started with (spans only). */
  attributes?: Attributes;
  /** The nearest agent's name, for `gen_ai.agent.name` on the spans under it. */
  agentName?: string;
  /** The trace's group id, for `gen_ai.conversation.id`. */
  conversationId?: string;
  /** Order of arrival, to evict the oldest first. */
  seq: number;
}

/** A span whose parent has not started yet (events can arrive out of order), held until it does. */
export interface WaitingSpan {
  span: TracedSpan;
  /** Whether its end arrived too. */
  ended: boolean;
  seq: number;
}

/** A context holding the entry's OpenTelemetry span, the parent of the spans under it; made once, on first use. */
export function contextOf(entry: OpenSpan): Context {
  return (entry.context ??= trace.setSpan(entry.rootContext, entry.otel));
}

/**
 * How many ended spans and traces stay known at least (at most twice as many), so that a child starting after its
 * parent ended still joins it.
 */
const ENDED_KEPT = 1_000;

/**
 * What the OpenTelemetry processor holds between a span's start and end, bounded: at most `limit` traces, spans
 * and waiting spans together. Past it the oldest is evicted (ended early by the caller) and counted, so a trace
 * that never ends, or spans that never end, cannot grow memory without limit. Ended entries are dropped, except
 * the last `ENDED_KEPT` to `2 * ENDED_KEPT` contexts.
 */
export class OpenSpans {
  readonly traces = new Map<string, OpenSpan>();
  readonly spans = new Map<string, OpenSpan>();
  readonly waiting = new Map<string, WaitingSpan>();
  /**
   * Ended entries in two generations: `#ended` fills up to `ENDED_KEPT`, then becomes `#endedBefore` (the older
   * one is dropped whole). Forgetting an id one at a time cost a lookup and a delete in a large Map per span,
   * the processor's largest single cost once span ids are hashed.
   */
  #ended = new Map<string, OpenSpan>();
  #endedBefore = new Map<string, OpenSpan>();
  readonly #limit: number;
  #seq = 0;
  evicted = 0;

  constructor(limit: number) {
    this.#limit = limit;
  }

  get size(): number {
    return this.traces.size + this.spans.size + this.waiting.size;
  }

  /** Whether more are held than the limit allows (checked before {@link overflow} makes its generator). */
  get overLimit(): boolean {
    return this.size > this.#limit;
  }

  nextSeq(): number {
    return this.#seq++;
  }

  /** A started span or trace by its Baton id, open or recently ended. */
  find(id: string): OpenSpan | undefined {
    return (
      this.spans.get(id) ??
      this.traces.get(id) ??
      this.#ended.get(id) ??
      this.#endedBefore.get(id)
    );
  }

  /** Whether `id` ended (or was evicted) recently. */
  hasEnded(id: string): boolean {
    return this.#ended.has(id) || this.#endedBefore.has(id);
  }

  /**
   * Forgets an open span or trace, keeping for late children what they need: its span context, not the span. The
   * span itself (its attributes, messages and events) is then held only by the exporter, until it is exported.
   */
  close(id: string, entry: OpenSpan): void {
    if (!this.spans.delete(id)) this.traces.delete(id);
    if (this.#ended.size >= ENDED_KEPT) {
      this.#endedBefore = this.#ended;
      this.#ended = new Map();
    }
    // An id ended twice (evicted, then ended) may be in both generations: `find` reads the newer first.
    this.#ended.set(id, {
      otel: trace.wrapSpanContext(entry.otel.spanContext()),
      rootContext: entry.rootContext,
      context: undefined,
      traceId: entry.traceId,
      attributes: undefined,
      agentName: entry.agentName,
      conversationId: entry.conversationId,
      seq: entry.seq,
    });
  }

  /** Removes and returns the oldest entries while over the limit; the caller ends them. */
  *overflow(): Generator<
    | { kind: 'open'; id: string; entry: OpenSpan }
    | { kind: 'waiting'; id: string }
  > {
    while (this.size > this.#limit) {
      const oldest = [
        firstOf(this.traces),
        firstOf(this.spans),
        firstOf(this.waiting),
      ]
        .filter((candidate) => candidate !== undefined)
        .sort((a, b) => a[1].seq - b[1].seq)[0];
      if (!oldest) return;
      this.evicted++;
      const [id, value] = oldest;
      if (this.waiting.delete(id)) {
        yield { kind: 'waiting', id };
      } else {
        const entry = value as OpenSpan;
        this.close(id, entry);
        yield { kind: 'open', id, entry };
      }
    }
  }
}

function firstOf<T>(map: Map<string, T>): [string, T] | undefined {
  return map.entries().next().value;
}
