import { describe, expect, it } from 'vitest';
import { type OpenTelemetryTracingProcessor } from '../../src/otel/index.js';
import { FakeTrace, fakeSpan, type FakeSpan } from './support/fake-tracing.js';
import { withOtelProcessor, type OtelHarness } from './support/otel-harness.js';

// Every attribute of every kind of span, in order: the mapping tests check the meaning of a few, these pin the
// whole set, so that a span carries no key more, none less and none undefined.

let otel: OtelHarness;
let processor: OpenTelemetryTracingProcessor;

withOtelProcessor((harness, made) => {
  otel = harness;
  processor = made;
});

type Data = Record<string, unknown> & { type: string };

/** Runs `spans` as children of one agent span `Triage` of a trace in group `group_1`; returns the spans. */
async function runUnderAgent(
  spans: { data: Data; atEnd?: Record<string, unknown> }[],
) {
  const trace = new FakeTrace('Support', 'group_1');
  await processor.onTraceStart(trace);
  const agent = fakeSpan(trace, {
    type: 'agent',
    name: 'Triage',
    tools: ['lookup'],
    handoffs: ['Refunds'],
    output_type: 'text',
  });
  await processor.onSpanStart(agent);
  const children: FakeSpan<Data>[] = [];
  for (const { data, atEnd } of spans) {
    const span = fakeSpan(trace, data, { parent: agent });
    await processor.onSpanStart(span);
    Object.assign(span.spanData, atEnd);
    span.endedAt = new Date().toISOString();
    await processor.onSpanEnd(span);
    children.push(span);
  }
  agent.endedAt = new Date().toISOString();
  await processor.onSpanEnd(agent);
  await processor.onTraceEnd(trace);
  return { trace, agent, children };
}

function entriesOf(name: string) {
  return Object.entries(otel.span(name).attributes);
}

/** What the processor adds to every span under the agent. */
function ids(span: FakeSpan<Data>, trace: FakeTrace) {
  return [
    ['baton.trace.id', trace.traceId],
    ['baton.span.id', span.spanId],
    ['gen_ai.agent.name', 'Triage'],
    ['gen_ai.conversation.id', 'group_1'],
  ];
}

describe('OpenTelemetryTracingProcessor: the attributes of each kind of span', () => {
  it('gives agents, model calls and tool calls their GenAI attributes and nothing else', async () => {
    const { trace, agent, children } = await runUnderAgent([
      {
        data: { type: 'response', model: 'gpt-4.1' },
        atEnd: {
          response_id: 'resp_1',
          usage: { input_tokens: 10, output_tokens: 2, total_tokens: 12 },
          _input: [{ role: 'user', content: 'Hi' }],
          _response: {
            id: 'resp_1',
            output: [
              {
                type: 'message',
                role: 'assistant',
                content: [{ type: 'output_text', text: 'Hello' }],
              },
            ],
          },
        },
      },
      {
        data: {
          type: 'function',
          name: 'lookup',
          input: '{"id":1}',
          call_id: 'call_1',
        },
        atEnd: { output: 'found' },
      },
    ]);
    const [response, tool] = children as [FakeSpan<Data>, FakeSpan<Data>];

    expect(entriesOf('invoke_agent Triage')).toEqual([
      ['gen_ai.operation.name', 'invoke_agent'],
      ['gen_ai.provider.name', 'openai'],
      ['gen_ai.system', 'openai'],
      ['gen_ai.agent.name', 'Triage'],
      ['baton.agent.tools', ['lookup']],
      ['baton.agent.handoffs', ['Refunds']],
      ['baton.agent.output_type', 'text'],
      ['baton.span.type', 'agent'],
      ['baton.trace.id', trace.traceId],
      ['baton.span.id', agent.spanId],
      ['gen_ai.conversation.id', 'group_1'],
    ]);
    expect(entriesOf('chat gpt-4.1')).toEqual([
      ['gen_ai.operation.name', 'chat'],
      ['gen_ai.provider.name', 'openai'],
      ['gen_ai.system', 'openai'],
      ['openai.api.type', 'responses'],
      ['gen_ai.request.model', 'gpt-4.1'],
      ['baton.span.type', 'response'],
      ...ids(response, trace),
      ['gen_ai.response.id', 'resp_1'],
      ['gen_ai.response.finish_reasons', ['stop']],
      ['gen_ai.usage.input_tokens', 10],
      ['gen_ai.usage.output_tokens', 2],
      ['baton.usage.total_tokens', 12],
      [
        'gen_ai.input.messages',
        '[{"role":"user","parts":[{"type":"text","content":"Hi"}]}]',
      ],
      [
        'gen_ai.output.messages',
        '[{"role":"assistant","parts":[{"type":"text","content":"Hello"}],"finish_reason":"stop"}]',
      ],
    ]);
    expect(entriesOf('execute_tool lookup')).toEqual([
      ['gen_ai.operation.name', 'execute_tool'],
      ['gen_ai.tool.name', 'lookup'],
      ['gen_ai.tool.type', 'function'],
      ['gen_ai.tool.call.id', 'call_1'],
      ['baton.span.type', 'function'],
      ...ids(tool, trace),
      ['gen_ai.tool.call.arguments', '{"id":1}'],
      ['gen_ai.tool.call.result', 'found'],
    ]);
  });

  it('gives the spans the conventions have no operation for their baton.* attributes and nothing else', async () => {
    const { trace, children } = await runUnderAgent([
      { data: { type: 'handoff', from_agent: 'Triage', to_agent: 'Refunds' } },
      { data: { type: 'guardrail', name: 'no homework', triggered: false } },
      { data: { type: 'custom', name: 'fetch profile', data: { id: 3 } } },
      {
        data: { type: 'task', name: 'summarise' },
        atEnd: { usage: { input_tokens: 5, output_tokens: 1, requests: 1 } },
      },
      { data: { type: 'turn', turn: 2, agent_name: 'Refunds' } },
      { data: { type: 'mcp_tools', server: 'files', result: ['read'] } },
      { data: { type: 'speech', model: 'tts-1' } },
    ]);
    const [handoff, guardrail, custom, task, turn, mcp, speech] =
      children as FakeSpan<Data>[];

    expect(entriesOf('handoff Refunds')).toEqual([
      ['baton.handoff.from_agent', 'Triage'],
      ['baton.handoff.to_agent', 'Refunds'],
      ['baton.span.type', 'handoff'],
      ...ids(handoff!, trace),
    ]);
    expect(entriesOf('guardrail no homework')).toEqual([
      ['baton.guardrail.name', 'no homework'],
      ['baton.guardrail.triggered', false],
      ['baton.span.type', 'guardrail'],
      ...ids(guardrail!, trace),
    ]);
    expect(entriesOf('fetch profile')).toEqual([
      ['baton.span.type', 'custom'],
      ...ids(custom!, trace),
      ['baton.custom.data', '{"id":3}'],
    ]);
    expect(entriesOf('task summarise')).toEqual([
      ['baton.task.name', 'summarise'],
      ['baton.span.type', 'task'],
      ...ids(task!, trace),
      ['baton.usage.input_tokens', 5],
      ['baton.usage.output_tokens', 1],
      ['baton.usage.requests', 1],
    ]);
    expect(entriesOf('turn 2')).toEqual([
      ['baton.turn.number', 2],
      ['gen_ai.agent.name', 'Refunds'],
      ['baton.span.type', 'turn'],
      ['baton.trace.id', trace.traceId],
      ['baton.span.id', turn!.spanId],
      ['gen_ai.conversation.id', 'group_1'],
    ]);
    expect(entriesOf('mcp_tools files')).toEqual([
      ['baton.mcp.server', 'files'],
      ['baton.mcp.tools', ['read']],
      ['baton.span.type', 'mcp_tools'],
      ...ids(mcp!, trace),
    ]);
    expect(entriesOf('speech tts-1')).toEqual([
      ['gen_ai.request.model', 'tts-1'],
      ['baton.span.type', 'speech'],
      ...ids(speech!, trace),
    ]);
  });

  it('sets at the end what changed while the span ran, arrays by their entries', async () => {
    const trace = new FakeTrace('Support');
    await processor.onTraceStart(trace);
    const agent = fakeSpan(trace, {
      type: 'agent',
      name: 'Triage',
      tools: ['lookup'],
      handoffs: ['Refunds'],
    });
    await processor.onSpanStart(agent);
    Object.assign(agent.spanData, {
      tools: ['lookup', 'refund'],
      handoffs: ['Refunds'],
      output_type: 'text',
    });
    agent.endedAt = new Date().toISOString();
    await processor.onSpanEnd(agent);

    expect(otel.span('invoke_agent Triage').attributes).toMatchObject({
      'baton.agent.tools': ['lookup', 'refund'],
      'baton.agent.handoffs': ['Refunds'],
      'baton.agent.output_type': 'text',
    });
  });
});
