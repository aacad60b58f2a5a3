// The parts of Baton's traces and spans that the OpenTelemetry processor reads. Structural on purpose: the
// processor works with `Trace` and `Span` of this package, and with anything else of that shape (a port of
// `@openai/agents` code that builds its own, a test's fake), without importing them.

/**
 * What a span records, told apart by `type` (`agent`, `response`, `function`, ...). The other fields vary by
 * kind and are read as unknown JSON (no index signature here, so interfaces of span data fit).
 */
export interface TracedSpanData {
  /** The kind of span. Kinds the processor does not know become spans named after the kind. */
  type: string;
}

/** An error recorded on a span. */
export interface TracedSpanError {
  /** What went wrong, for people. */
  message: string;
  /** Details as JSON. */
  data?: Record<string, unknown>;
}

/** A trace as the processor reads it: its ids and workflow, no more. */
export interface TracedTrace {
  /** `trace_<32 hex>`. */
  traceId: string;
  /** The workflow's name. */
  name: string;
  /** Links the traces of one conversation. */
  groupId?: string | null;
  /** Your own data about the trace. */
  metadata?: Record<string, unknown>;
}

/** A span as the processor reads it: ids, parent, data, timing and error. */
export interface TracedSpan {
  /** The trace it belongs to. */
  traceId: string;
  /** `span_<24 hex>`. */
  spanId: string;
  /** The enclosing span, or `null` for a span directly under the trace. */
  parentId: string | null;
  /** What the span records; read again when it ends, as most fields are filled in while it runs. */
  spanData: TracedSpanData;
  /** ISO 8601 start time, or `null` if not started. */
  startedAt: string | null;
  /** ISO 8601 end time, or `null` while it runs. */
  endedAt: string | null;
  /** The error it ended with, if any. */
  error: TracedSpanError | null;
  /** What happened inside it (a tool's progress, say), when the span records events. */
  events?: ReadonlyArray<{ name: string; at: string; data?: unknown }>;
}
