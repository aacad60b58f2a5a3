/** A trace as its `toJSON()` gives it (the Agents SDK's shape). Fields the store does not know pass through. */
export interface TraceJson {
  /** Always `'trace'`. */
  object: 'trace';
  /** The trace id, `trace_<32 hex>`. */
  id: string;
  /** The workflow name the run was given (`workflowName`). */
  workflow_name: string;
  /** The group id linking traces of one conversation, or `null`. */
  group_id: string | null;
  /** The trace metadata, if any. */
  metadata?: Record<string, unknown> | null;
  [field: string]: unknown;
}

/** What a span says it did: `span_data.type` names the kind (agent, response, function, ...). */
export interface SpanDataJson {
  /** The span kind: `agent`, `response`, `generation`, `function`, `handoff`, `guardrail`, `custom`, ... */
  type: string;
  [field: string]: unknown;
}

/** A span as its `toJSON()` gives it (the Agents SDK's shape). Fields the store does not know pass through. */
export interface SpanJson {
  /** Always `'trace.span'`. */
  object: 'trace.span';
  /** The span id, `span_<24 hex>`. */
  id: string;
  /** The id of the trace the span belongs to. */
  trace_id: string;
  /** The parent span's id, or `null` for a top-level span. */
  parent_id: string | null;
  /** When the span started (ISO 8601), or `null`. */
  started_at: string | null;
  /** When the span ended (ISO 8601), or `null` while it runs. */
  ended_at: string | null;
  /** The kind and payload of the span. */
  span_data: SpanDataJson;
  /** What went wrong, or `null`. */
  error: { message: string; data?: Record<string, unknown> } | null;
  [field: string]: unknown;
}

/**
 * One line of a trace file. `event` says what happened; `time` is when the store saw it (ISO 8601), which is
 * how a trace, whose JSON has no timestamps, gets a start and an end.
 */
export type TraceRecord =
  | { event: 'trace_start'; time: string; trace: TraceJson }
  | { event: 'trace_end'; time: string; trace: TraceJson }
  | { event: 'span_start'; time: string; span: SpanJson }
  | { event: 'span_end'; time: string; span: SpanJson };

/**
 * What the store reads of a trace: structural, so any `Trace` (Baton's, or the Agents SDK's) fits.
 * `toJSON()` may return `null` (a no-op trace); such traces are not stored.
 */
export interface TraceSource {
  /** The trace id. */
  readonly traceId: string;
  /** The trace's JSON (see {@link TraceJson}). */
  toJSON(): object | null;
}

/** What the store reads of a span: structural, so any `Span` fits. */
export interface SpanSource {
  /** The id of the span's trace. */
  readonly traceId: string;
  /** The span id. */
  readonly spanId: string;
  /** The span's JSON (see {@link SpanJson}). */
  toJSON(): object | null;
}

/** Tells a trace from a span: spans have a `spanId`. */
export function isSpanSource(
  item: TraceSource | SpanSource,
): item is SpanSource {
  return typeof (item as Partial<SpanSource>).spanId === 'string';
}
