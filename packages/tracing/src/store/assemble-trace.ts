import type { SpanJson, TraceJson, TraceRecord } from './trace-record.js';

/** One trace as read back from the store: its JSON, its spans, and when it started and ended. */
export interface StoredTrace {
  /** The trace id. */
  id: string;
  /** The trace's JSON, or `null` when only its spans were recorded (its start record was removed or lost). */
  trace: TraceJson | null;
  /** When the trace started: its earliest span start, else its start record (ISO 8601), or `null`. */
  started_at: string | null;
  /**
   * When the trace ended, once its end record is written: its latest span end, else the end record's time
   * (ISO 8601); `null` while it runs. Span times come from the run itself, record times from the store.
   */
  ended_at: string | null;
  /** `true` until the trace's end record is written. */
  in_progress: boolean;
  /** The spans, latest record of each span, ordered by start time. */
  spans: SpanJson[];
}

/** Folds a trace's records (in file order) into one {@link StoredTrace}: a span's later record replaces its earlier one. */
export function assembleTrace(
  fallbackId: string,
  records: TraceRecord[],
): StoredTrace {
  let trace: TraceJson | null = null;
  let startedAt: string | null = null;
  let endedAt: string | null = null;
  const spans = new Map<string, SpanJson>();
  for (const record of records) {
    if (record.event === 'span_start' || record.event === 'span_end') {
      spans.set(record.span.id, record.span);
    } else {
      trace = { ...(trace as TraceJson | null), ...record.trace };
      if (record.event === 'trace_start') startedAt ??= record.time;
      else endedAt = record.time;
    }
  }
  const ordered = [...spans.values()].sort(byStart);
  return {
    id: trace?.id ?? ordered[0]?.trace_id ?? fallbackId,
    trace,
    started_at: earliestStart(ordered) ?? startedAt,
    ended_at: (endedAt === null ? null : latestEnd(ordered)) ?? endedAt,
    in_progress: endedAt === null,
    spans: ordered,
  };
}

function byStart(a: SpanJson, b: SpanJson): number {
  return (a.started_at ?? '').localeCompare(b.started_at ?? '');
}

function earliestStart(spans: SpanJson[]): string | null {
  let earliest: string | null = null;
  for (const span of spans) {
    if (span.started_at && (earliest === null || span.started_at < earliest))
      earliest = span.started_at;
  }
  return earliest;
}

function latestEnd(spans: SpanJson[]): string | null {
  let latest: string | null = null;
  for (const span of spans) {
    if (span.ended_at && (latest === null || span.ended_at > latest))
      latest = span.ended_at;
  }
  return latest;
}
