// A tiny stand-in for Baton's Trace and Span with the shape of the tracing contract (ids, parent, data, ISO
// times, error, toJSON), so the OpenTelemetry processor is tested on exactly what it reads.
import { randomBytes } from 'node:crypto';

export class FakeTrace {
  readonly type = 'trace' as const;
  readonly traceId = `trace_${randomBytes(16).toString('hex')}`;
  constructor(
    public name: string,
    public groupId: string | null = null,
    public metadata: Record<string, unknown> = {},
  ) {}

  toJSON() {
    return {
      object: 'trace',
      id: this.traceId,
      workflow_name: this.name,
      group_id: this.groupId,
      metadata: this.metadata,
    };
  }
}

export class FakeSpan<TData extends { type: string }> {
  readonly type = 'trace.span' as const;
  readonly spanId = `span_${randomBytes(12).toString('hex')}`;
  startedAt: string | null = null;
  endedAt: string | null = null;
  error: { message: string; data?: Record<string, unknown> } | null = null;
  constructor(
    readonly traceId: string,
    readonly parentId: string | null,
    readonly spanData: TData,
  ) {}

  toJSON() {
    return {
      object: 'trace.span',
      id: this.spanId,
      trace_id: this.traceId,
      parent_id: this.parentId,
      started_at: this.startedAt,
      ended_at: this.endedAt,
      span_data: this.spanData,
      error: this.error,
    };
  }
}

/** A span of `trace` (under `parent`, or directly under the trace), started at `startedAt`. */
export function fakeSpan<TData extends { type: string }>(
  trace: FakeTrace,
  data: TData,
  options: { parent?: FakeSpan<{ type: string }>; startedAt?: string } = {},
): FakeSpan<TData> {
  const span = new FakeSpan(
    trace.traceId,
    options.parent?.spanId ?? null,
    data,
  );
  span.startedAt = options.startedAt ?? new Date().toISOString();
  return span;
}
