import type { Span, Trace, TracingProcessor } from '@baton/tracing';

/** A trace processor that keeps everything it hears of, for tests that check the spans of a run. */
export class RecordingProcessor implements TracingProcessor {
  readonly events: string[] = [];
  readonly traces: Trace[] = [];
  /** Spans in the order they started. */
  readonly spans: Span<any>[] = [];

  async onTraceStart(trace: Trace): Promise<void> {
    this.events.push(`trace_start ${trace.traceId}`);
    this.traces.push(trace);
  }
  async onTraceEnd(trace: Trace): Promise<void> {
    this.events.push(`trace_end ${trace.traceId}`);
  }
  async onSpanStart(span: Span<any>): Promise<void> {
    this.events.push(`span_start ${label(span)}`);
    this.spans.push(span);
  }
  async onSpanEnd(span: Span<any>): Promise<void> {
    this.events.push(`span_end ${label(span)}`);
  }
  async shutdown(): Promise<void> {}
  async forceFlush(): Promise<void> {}

  /** The spans of the run as an indented outline: one `kind:name` line per span, children under their parent. */
  outline(traceId = this.traces[0]?.traceId): string[] {
    const lines: string[] = [];
    const visit = (parentId: string | null, depth: number) => {
      for (const span of this.spans)
        if (span.traceId === traceId && span.parentId === parentId) {
          lines.push(`${'  '.repeat(depth)}${label(span)}`);
          visit(span.spanId, depth + 1);
        }
    };
    visit(null, 0);
    return lines;
  }

  /** Spans that started and never ended. */
  open(): Span<any>[] {
    return this.spans.filter((span) => span.endedAt === null);
  }

  /** The first span of a kind (and name, when given). */
  find(type: string, name?: string): Span<any> {
    const span = this.spans.find(
      (s) =>
        s.spanData.type === type &&
        (name === undefined || label(s) === `${type}:${name}`),
    );
    if (!span) throw new Error(`no ${type} span ${name ?? ''}`);
    return span;
  }
}

function label(span: Span<any>): string {
  const data = span.spanData;
  switch (data.type) {
    case 'handoff':
      return `handoff:${data.from_agent}->${data.to_agent}`;
    case 'response':
      return 'response';
    case 'mcp_tools':
      return `mcp_tools:${data.server}`;
    default:
      return `${data.type}:${data.name}`;
  }
}
