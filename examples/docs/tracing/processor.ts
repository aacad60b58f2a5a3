import {
  addTraceProcessor,
  type Span,
  type Trace,
  type TracingProcessor,
} from '@baton/agents';

// A processor hears of every trace and span. This one logs each model call's tokens.
class TokenLogger implements TracingProcessor {
  async onTraceStart(trace: Trace) {
    console.log('trace', trace.traceId, trace.name);
  }
  async onTraceEnd() {}
  async onSpanStart() {}
  async onSpanEnd(span: Span<any>) {
    const data = span.spanData;
    if (data.type === 'response')
      console.log(data.model, data.usage?.total_tokens, span.error?.message);
  }
  async shutdown() {}
  async forceFlush() {}
}

addTraceProcessor(new TokenLogger());
