import type {
  SpanDataJson,
  SpanJson,
  TraceJson,
} from '../../src/store/trace-record.js';

/** A stand-in for the tracing contract's `Trace`: what a processor reads of it. */
export interface FakeTrace {
  traceId: string;
  json: TraceJson;
  toJSON(): TraceJson;
}

/** A stand-in for the tracing contract's `Span`. */
export interface FakeSpan {
  traceId: string;
  spanId: string;
  json: SpanJson;
  toJSON(): SpanJson;
}

let counter = 0;

/** A trace id of the contract's form, unique within the process. */
export function newTraceId(): string {
  counter++;
  return `trace_${process.pid.toString(16)}${counter.toString(16).padStart(32 - process.pid.toString(16).length, '0')}`;
}

/** A trace with the contract's `toJSON()` shape. */
export function fakeTrace(
  traceId = newTraceId(),
  workflowName = 'Agent workflow',
): FakeTrace {
  const json: TraceJson = {
    object: 'trace',
    id: traceId,
    workflow_name: workflowName,
    group_id: null,
    metadata: {},
  };
  return { traceId, json, toJSON: () => json };
}

/** A span of `trace` with the contract's `toJSON()` shape; started now, ended when `ended` is set. */
export function fakeSpan(
  trace: { traceId: string },
  data: SpanDataJson,
  options: {
    id?: string;
    parent?: FakeSpan;
    ended?: boolean;
    error?: SpanJson['error'];
  } = {},
): FakeSpan {
  counter++;
  const spanId = options.id ?? `span_${counter.toString(16).padStart(24, '0')}`;
  const now = new Date().toISOString();
  const json: SpanJson = {
    object: 'trace.span',
    id: spanId,
    trace_id: trace.traceId,
    parent_id: options.parent?.spanId ?? null,
    started_at: now,
    ended_at: options.ended === false ? null : now,
    span_data: data,
    error: options.error ?? null,
  };
  return { traceId: trace.traceId, spanId, json, toJSON: () => json };
}
