import {
  context,
  createContextKey,
  trace,
  type Context,
} from '@opentelemetry/api';
import {
  BasicTracerProvider,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import { OpenTelemetryTracingProcessor } from '../../src/otel/index.js';
import { FakeTrace, fakeSpan, type FakeSpan } from './support/fake-tracing.js';
import {
  parentIdOf,
  withOtelProcessor,
  type OtelHarness,
} from './support/otel-harness.js';

let otel: OtelHarness;
let processor: OpenTelemetryTracingProcessor;

withOtelProcessor((harness, made) => {
  otel = harness;
  processor = made;
});

async function end(span: FakeSpan<{ type: string }>) {
  span.endedAt = new Date().toISOString();
  await processor.onSpanEnd(span);
}

function idOf(name: string): string {
  return otel.span(name).spanContext().spanId;
}

describe('OpenTelemetryTracingProcessor: parents, contexts and memory', () => {
  it('keeps a child under its parent when the child ends after the parent', async () => {
    const run = new FakeTrace('Support');
    await processor.onTraceStart(run);
    const agent = fakeSpan(run, { type: 'agent', name: 'Triage' });
    await processor.onSpanStart(agent);
    const tool = fakeSpan(
      run,
      { type: 'function', name: 'slow', input: '', output: '' },
      { parent: agent },
    );
    await processor.onSpanStart(tool);
    await end(agent);
    await processor.onTraceEnd(run);
    await end(tool);

    expect(parentIdOf(otel.span('execute_tool slow'))).toBe(
      idOf('invoke_agent Triage'),
    );
    expect(otel.span('execute_tool slow').spanContext().traceId).toBe(
      otel.span('invoke_workflow Support').spanContext().traceId,
    );
  });

  it('parents a span that starts after its parent ended', async () => {
    const run = new FakeTrace('Support');
    await processor.onTraceStart(run);
    const agent = fakeSpan(run, { type: 'agent', name: 'Triage' });
    await processor.onSpanStart(agent);
    await end(agent);
    const late = fakeSpan(
      run,
      { type: 'custom', name: 'late', data: {} },
      {
        parent: agent,
      },
    );
    await processor.onSpanStart(late);
    await end(late);

    expect(parentIdOf(otel.span('late'))).toBe(idOf('invoke_agent Triage'));
  });

  it('remembers the last 1,000 ended spans for children that start late, and no more', async () => {
    const run = new FakeTrace('Support');
    await processor.onTraceStart(run);
    const agents = [];
    for (let index = 0; index < 1_001; index++) {
      const agent = fakeSpan(run, { type: 'agent', name: `Agent ${index}` });
      await processor.onSpanStart(agent);
      await end(agent);
      agents.push(agent);
    }
    const childOf = (parent: FakeSpan<{ type: string }>, name: string) =>
      fakeSpan(run, { type: 'custom', name, data: {} }, { parent });
    const recent = childOf(agents[1]!, 'late for Agent 1');
    await processor.onSpanStart(recent);
    await end(recent);
    const forgotten = childOf(agents[0]!, 'late for Agent 0');
    await processor.onSpanStart(forgotten);
    await end(forgotten);
    await processor.onTraceEnd(run);

    expect(parentIdOf(otel.span('late for Agent 1'))).toBe(
      idOf('invoke_agent Agent 1'),
    );
    expect(parentIdOf(otel.span('late for Agent 0'))).toBe(
      idOf('invoke_workflow Support'),
    );
  });

  it('holds a span whose parent has not started yet, and puts it under that parent once it does', async () => {
    const run = new FakeTrace('Support');
    await processor.onTraceStart(run);
    const agent = fakeSpan(run, { type: 'agent', name: 'Triage' });
    const early = fakeSpan(
      run,
      { type: 'custom', name: 'early', data: {} },
      {
        parent: agent,
      },
    );
    await processor.onSpanStart(early);
    await end(early);
    expect(otel.exporter.getFinishedSpans()).toHaveLength(0);

    await processor.onSpanStart(agent);
    await end(agent);

    expect(parentIdOf(otel.span('early'))).toBe(idOf('invoke_agent Triage'));
    expect(processor.openSpanCount).toBe(1);
  });

  it('puts spans whose parent never started under the trace when it ends', async () => {
    const run = new FakeTrace('Support');
    await processor.onTraceStart(run);
    const missing = fakeSpan(run, { type: 'agent', name: 'Never reported' });
    const orphan = fakeSpan(
      run,
      { type: 'custom', name: 'orphan', data: {} },
      {
        parent: missing,
      },
    );
    await processor.onSpanStart(orphan);
    await end(orphan);
    await processor.onTraceEnd(run);

    expect(parentIdOf(otel.span('orphan'))).toBe(
      idOf('invoke_workflow Support'),
    );
    expect(processor.openSpanCount).toBe(0);
  });

  it('gives spans of a trace it never saw start a trace span of their own', async () => {
    const run = new FakeTrace('Started before the processor');
    const agent = fakeSpan(run, { type: 'agent', name: 'Triage' });
    await processor.onSpanStart(agent);
    await end(agent);
    await processor.onTraceEnd(run);

    expect(parentIdOf(otel.span('invoke_agent Triage'))).toBe(
      idOf('invoke_workflow'),
    );
    expect(otel.span('invoke_workflow').attributes['baton.trace.id']).toBe(
      run.traceId,
    );
  });

  it('joins the OpenTelemetry span active where the trace starts', async () => {
    const app = otel.provider.getTracer('app');
    await app.startActiveSpan('POST /chat', async (request) => {
      const run = new FakeTrace('Support');
      await processor.onTraceStart(run);
      const agent = fakeSpan(run, { type: 'agent', name: 'Triage' });
      await processor.onSpanStart(agent);
      await end(agent);
      await processor.onTraceEnd(run);
      request.end();
    });

    const request = otel.span('POST /chat');
    const root = otel.span('invoke_workflow Support');
    expect(parentIdOf(root)).toBe(request.spanContext().spanId);
    expect(root.spanContext().traceId).toBe(request.spanContext().traceId);
    expect(otel.span('invoke_agent Triage').spanContext().traceId).toBe(
      request.spanContext().traceId,
    );
  });

  it('gives every span what was active where its trace started, with its parent span, even when it starts later', async () => {
    const parentContexts = new Map<string, Context>();
    const provider = new BasicTracerProvider({
      spanProcessors: [
        {
          onStart: (span, parentContext) =>
            void parentContexts.set((span as ReadableSpan).name, parentContext),
          onEnd: () => undefined,
          forceFlush: async () => undefined,
          shutdown: async () => undefined,
        },
      ],
    });
    const own = new OpenTelemetryTracingProcessor({ tracerProvider: provider });
    const tenant = createContextKey('tenant');
    const run = new FakeTrace('Support');
    const agent = fakeSpan(run, { type: 'agent', name: 'Triage' });
    await context.with(context.active().setValue(tenant, 'acme'), async () => {
      await own.onTraceStart(run);
      await own.onSpanStart(agent);
    });
    const during = fakeSpan(
      run,
      { type: 'function', name: 'during', input: '', output: '' },
      { parent: agent },
    );
    await own.onSpanStart(during);
    agent.endedAt = new Date().toISOString();
    await own.onSpanEnd(agent);
    const after = fakeSpan(
      run,
      { type: 'function', name: 'after', input: '', output: '' },
      { parent: agent },
    );
    await own.onSpanStart(after);

    const agentSpan = trace.getSpan(parentContexts.get('execute_tool during')!);
    for (const name of [
      'invoke_agent Triage',
      'execute_tool during',
      'execute_tool after',
    ])
      expect(parentContexts.get(name)!.getValue(tenant)).toBe('acme');
    expect(
      trace.getSpan(parentContexts.get('execute_tool after')!)!.spanContext(),
    ).toEqual(agentSpan!.spanContext());
    expect(
      trace.getSpan(parentContexts.get('invoke_agent Triage')!)!.spanContext()
        .spanId,
    ).not.toBe(agentSpan!.spanContext().spanId);
  });

  it('starts a new OpenTelemetry trace when no span is active', async () => {
    expect(trace.getSpan(context.active())).toBeUndefined();
    const run = new FakeTrace('Support');
    await processor.onTraceStart(run);
    await processor.onTraceEnd(run);
    expect(parentIdOf(otel.span('invoke_workflow Support'))).toBeUndefined();
  });

  it('keeps two interleaved traces apart', async () => {
    const first = new FakeTrace('First');
    const second = new FakeTrace('Second');
    await processor.onTraceStart(first);
    await processor.onTraceStart(second);
    const a = fakeSpan(first, { type: 'agent', name: 'A' });
    const b = fakeSpan(second, { type: 'agent', name: 'B' });
    await processor.onSpanStart(a);
    await processor.onSpanStart(b);
    const aTool = fakeSpan(
      first,
      { type: 'function', name: 'a_tool', input: '', output: '' },
      { parent: a },
    );
    const bTool = fakeSpan(
      second,
      { type: 'function', name: 'b_tool', input: '', output: '' },
      { parent: b },
    );
    await processor.onSpanStart(bTool);
    await processor.onSpanStart(aTool);
    await end(aTool);
    await end(b);
    await end(bTool);
    await end(a);
    await processor.onTraceEnd(second);
    await processor.onTraceEnd(first);

    for (const [workflow, agent, tool] of [
      ['First', 'A', 'a_tool'],
      ['Second', 'B', 'b_tool'],
    ]) {
      const root = otel.span(`invoke_workflow ${workflow}`);
      const agentSpan = otel.span(`invoke_agent ${agent}`);
      const toolSpan = otel.span(`execute_tool ${tool}`);
      expect(parentIdOf(agentSpan)).toBe(root.spanContext().spanId);
      expect(parentIdOf(toolSpan)).toBe(agentSpan.spanContext().spanId);
      expect(toolSpan.spanContext().traceId).toBe(root.spanContext().traceId);
    }
    expect(otel.span('invoke_workflow First').spanContext().traceId).not.toBe(
      otel.span('invoke_workflow Second').spanContext().traceId,
    );
    expect(processor.openSpanCount).toBe(0);
  });

  it('holds nothing once spans and traces have ended', async () => {
    for (let index = 0; index < 50; index++) {
      const run = new FakeTrace(`Run ${index}`);
      await processor.onTraceStart(run);
      const agent = fakeSpan(run, { type: 'agent', name: 'Triage' });
      await processor.onSpanStart(agent);
      await end(agent);
      await processor.onTraceEnd(run);
    }
    expect(processor.openSpanCount).toBe(0);
    expect(processor.evictedSpanCount).toBe(0);
  });

  it('holds at most maxOpenSpans for traces that never end, ending and counting the oldest', async () => {
    const bounded = new OpenTelemetryTracingProcessor({
      tracerProvider: otel.provider,
      maxOpenSpans: 10,
    });
    const endless = new FakeTrace('Never ends');
    await bounded.onTraceStart(endless);
    for (let index = 0; index < 100; index++)
      await bounded.onSpanStart(
        fakeSpan(endless, { type: 'custom', name: `step ${index}`, data: {} }),
      );

    expect(bounded.openSpanCount).toBe(10);
    expect(bounded.evictedSpanCount).toBe(91);
    const evicted = otel.exporter.getFinishedSpans();
    expect(evicted).toHaveLength(91);
    expect(evicted[0]!.name).toBe('invoke_workflow Never ends');
    expect(evicted.every((span) => span.attributes['baton.incomplete'])).toBe(
      true,
    );
  });

  it('ends what is still open on shutdown, and leaves the tracer provider running', async () => {
    const run = new FakeTrace('Interrupted');
    await processor.onTraceStart(run);
    await processor.onSpanStart(fakeSpan(run, { type: 'agent', name: 'A' }));
    await processor.shutdown();

    expect(processor.openSpanCount).toBe(0);
    expect(otel.span('invoke_agent A').attributes['baton.incomplete']).toBe(
      true,
    );
    otel.provider.getTracer('app').startSpan('still exported').end();
    expect(otel.span('still exported')).toBeDefined();
  });
});

describe('OpenTelemetryTracingProcessor: span events', () => {
  it('adds a span’s events to its OpenTelemetry span, with their data as JSON', async () => {
    const run = new FakeTrace('Support');
    await processor.onTraceStart(run);
    const tool = fakeSpan(run, {
      type: 'function',
      name: 'fetch_pages',
      input: '',
      output: '',
    });
    await processor.onSpanStart(tool);
    const at = new Date().toISOString();
    Object.assign(tool, {
      events: [{ name: 'tool_progress', at, data: { data: { page: 1 } } }],
    });
    await end(tool);

    const [event] = otel.span('execute_tool fetch_pages').events;
    expect(event!.name).toBe('tool_progress');
    expect(event!.attributes).toEqual({
      'baton.event.data': '{"data":{"page":1}}',
    });
  });
});
