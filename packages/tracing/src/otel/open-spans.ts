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

/** How many ended spans and traces stay known, so that a child starting after its parent ended still joins it. */
const ENDED_KEPT = 1_000;

/**
 * What the OpenTelemetry processor holds between a span's start and end, bounded: at most `limit` traces, spans
 * and waiting spans together. Past it the oldest is evicted (ended early by the caller) and counted, so a trace
 * that never ends, or spans that never end, cannot grow memory without limit. Ended entries are dropped, except
 * the last `ENDED_KEPT` contexts.
 */
export class OpenSpans {
  readonly traces = new Map<string, OpenSpan>();
  readonly spans = new Map<string, OpenSpan>();
  readonly waiting = new Map<string, WaitingSpan>();
  /**
   * The last `ENDED_KEPT` ended ids and entries, in a ring (the newest just before `#endedNext`). Keeping them in
   * a Map cost an insert (and a delete) in a large table of cold keys at every span's end, the processor's
   * largest single cost; a ring costs two stores. Only a child that starts after its parent ended, or a span
   * whose start was never seen, looks in it, newest first.
   */
  readonly #endedIds: (string | undefined)[] = new Array(ENDED_KEPT).fill(
    undefined,
  );
  readonly #endedEntries: (OpenSpan | undefined)[] = new Array(ENDED_KEPT).fill(
    undefined,
  );
  #endedNext = 0;
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
    return this.spans.get(id) ?? this.traces.get(id) ?? this.#findEnded(id);
  }

  /** Whether `id` ended (or was evicted) recently. */
  hasEnded(id: string): boolean {
    return this.#findEnded(id) !== undefined;
  }

  #findEnded(id: string): OpenSpan | undefined {
    for (let step = 1; step <= ENDED_KEPT; step++) {
      const index = (this.#endedNext - step + ENDED_KEPT) % ENDED_KEPT;
      const ended = this.#endedIds[index];
      if (ended === undefined) return undefined;
      if (ended === id) return this.#endedEntries[index];
    }
    return undefined;
  }

  /**
   * Forgets an open span or trace, keeping for late children what they need: its span context, not the span. The
   * span itself (its attributes, messages and events) is then held only by the exporter, until it is exported.
   */
  close(id: string, entry: OpenSpan): void {
    if (!this.spans.delete(id)) this.traces.delete(id);
    // An id ended twice (evicted, then ended) may be in the ring twice: the newer is found first.
    this.#endedIds[this.#endedNext] = id;
    this.#endedEntries[this.#endedNext] = {
      otel: trace.wrapSpanContext(entry.otel.spanContext()),
      rootContext: entry.rootContext,
      context: undefined,
      traceId: entry.traceId,
      attributes: undefined,
      agentName: entry.agentName,
      conversationId: entry.conversationId,
      seq: entry.seq,
    };
    this.#endedNext = (this.#endedNext + 1) % ENDED_KEPT;
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
