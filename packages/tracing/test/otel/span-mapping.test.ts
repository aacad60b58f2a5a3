import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { OpenTelemetryTracingProcessor } from '../../src/otel/index.js';
import { FakeTrace, fakeSpan, type FakeSpan } from './support/fake-tracing.js';
import {
  millisOf,
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

/** Starts and ends `span` through the processor, ending it at `endedAt`. */
async function record(
  span: FakeSpan<{ type: string }>,
  endedAt = new Date().toISOString(),
) {
  await processor.onSpanStart(span);
  span.endedAt = endedAt;
  await processor.onSpanEnd(span);
}

describe('OpenTelemetryTracingProcessor: what each kind of span becomes', () => {
  it('turns a trace into an invoke_workflow span with the workflow name, group id and metadata', async () => {
    const trace = new FakeTrace('Customer support', 'group_abc', {
      tenant: 'acme',
      tags: ['a'],
    });
    await processor.onTraceStart(trace);
    await processor.onTraceEnd(trace);

    const root = otel.span('invoke_workflow Customer support');
    expect(root.kind).toBe(SpanKind.INTERNAL);
    expect(parentIdOf(root)).toBeUndefined();
    expect(root.attributes).toMatchObject({
      'gen_ai.operation.name': 'invoke_workflow',
      'gen_ai.workflow.name': 'Customer support',
      'gen_ai.conversation.id': 'group_abc',
      'baton.trace.id': trace.traceId,
      'baton.trace.metadata.tenant': 'acme',
      'baton.trace.metadata.tags': '["a"]',
    });
  });

  it('turns an agent span into invoke_agent {name} with its tools, handoffs and output type', async () => {
    const trace = new FakeTrace('Support');
    await processor.onTraceStart(trace);
    await record(
      fakeSpan(trace, {
        type: 'agent',
        name: 'Triage',
        tools: ['lookup_order'],
        handoffs: ['Refunds'],
        output_type: 'text',
      }),
    );
    await processor.onTraceEnd(trace);

    const agent = otel.span('invoke_agent Triage');
    expect(agent.kind).toBe(SpanKind.INTERNAL);
    expect(agent.attributes).toMatchObject({
      'gen_ai.operation.name': 'invoke_agent',
      'gen_ai.provider.name': 'openai',
      'gen_ai.system': 'openai',
      'gen_ai.agent.name': 'Triage',
      'baton.agent.tools': ['lookup_order'],
      'baton.agent.handoffs': ['Refunds'],
      'baton.agent.output_type': 'text',
      'baton.span.type': 'agent',
    });
    expect(parentIdOf(agent)).toBe(
      otel.span('invoke_workflow Support').spanContext().spanId,
    );
  });

  it('turns a response span into a chat {model} client span with model, response id and every token count', async () => {
    const trace = new FakeTrace('Support', 'group_1');
    await processor.onTraceStart(trace);
    const agent = fakeSpan(trace, { type: 'agent', name: 'Triage' });
    await processor.onSpanStart(agent);
    const response = fakeSpan(
      trace,
      { type: 'response', model: 'gpt-4.1-mini' } as Record<string, unknown> & {
        type: string;
      },
      { parent: agent },
    );
    await processor.onSpanStart(response);
    // Filled in while the call runs, as core does.
    Object.assign(response.spanData, {
      response_id: 'resp_123',
      usage: {
        input_tokens: 120,
        output_tokens: 30,
        total_tokens: 150,
        cached_input_tokens: 100,
        reasoning_tokens: 12,
      },
    });
    response.endedAt = new Date().toISOString();
    await processor.onSpanEnd(response);
    await record(agent);

    const chat = otel.span('chat gpt-4.1-mini');
    expect(chat.kind).toBe(SpanKind.CLIENT);
    expect(chat.attributes).toMatchObject({
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': 'openai',
      'openai.api.type': 'responses',
      'gen_ai.request.model': 'gpt-4.1-mini',
      'gen_ai.response.id': 'resp_123',
      'gen_ai.usage.input_tokens': 120,
      'gen_ai.usage.output_tokens': 30,
      'gen_ai.usage.cache_read.input_tokens': 100,
      'gen_ai.usage.reasoning.output_tokens': 12,
      'baton.usage.total_tokens': 150,
      'gen_ai.agent.name': 'Triage',
      'gen_ai.conversation.id': 'group_1',
    });
    expect(parentIdOf(chat)).toBe(
      otel.span('invoke_agent Triage').spanContext().spanId,
    );
  });

  it('records the input and output items as GenAI messages when the response span carries them', async () => {
    const trace = new FakeTrace('Support');
    await processor.onTraceStart(trace);
    await record(
      fakeSpan(trace, {
        type: 'response',
        model: 'gpt-4.1',
        response_id: 'resp_9',
        _input: [
          { role: 'developer', content: 'Be brief.' },
          { type: 'message', role: 'user', content: 'Where is order 7?' },
        ],
        _response: {
          id: 'resp_9',
          model: 'gpt-4.1-2025-04-14',
          output: [
            {
              type: 'function_call',
              call_id: 'call_1',
              name: 'lookup_order',
              arguments: '{"id":7}',
            },
          ],
        },
      }),
    );

    const chat = otel.span('chat gpt-4.1');
    expect(chat.attributes['gen_ai.response.model']).toBe('gpt-4.1-2025-04-14');
    expect(chat.attributes['gen_ai.response.finish_reasons']).toEqual([
      'tool_call',
    ]);
    expect(
      JSON.parse(String(chat.attributes['gen_ai.input.messages'])),
    ).toEqual([
      { role: 'system', parts: [{ type: 'text', content: 'Be brief.' }] },
      { role: 'user', parts: [{ type: 'text', content: 'Where is order 7?' }] },
    ]);
    expect(
      JSON.parse(String(chat.attributes['gen_ai.output.messages'])),
    ).toEqual([
      {
        role: 'assistant',
        parts: [
          {
            type: 'tool_call',
            id: 'call_1',
            name: 'lookup_order',
            arguments: { id: 7 },
          },
        ],
        finish_reason: 'tool_call',
      },
    ]);
  });

  it('leaves content out when the response span does not carry it', async () => {
    const trace = new FakeTrace('Support');
    await processor.onTraceStart(trace);
    await record(fakeSpan(trace, { type: 'response', model: 'gpt-4.1' }));

    const attributes = Object.keys(otel.span('chat gpt-4.1').attributes);
    expect(attributes).not.toContain('gen_ai.input.messages');
    expect(attributes).not.toContain('gen_ai.output.messages');
  });

  it('turns a generation span into a chat span with its request settings and Chat Completions messages', async () => {
    const trace = new FakeTrace('Local');
    await processor.onTraceStart(trace);
    await record(
      fakeSpan(trace, {
        type: 'generation',
        model: 'llama3',
        model_config: { temperature: 0.2, max_tokens: 256, top_p: 0.9 },
        input: [{ role: 'user', content: 'Hi' }],
        output: [{ role: 'assistant', content: 'Hello' }],
        usage: { input_tokens: 3, output_tokens: 2 },
      }),
    );

    const chat = otel.span('chat llama3');
    expect(chat.kind).toBe(SpanKind.CLIENT);
    expect(chat.attributes).toMatchObject({
      'gen_ai.operation.name': 'chat',
      'openai.api.type': 'chat_completions',
      'gen_ai.request.model': 'llama3',
      'gen_ai.request.temperature': 0.2,
      'gen_ai.request.max_tokens': 256,
      'gen_ai.request.top_p': 0.9,
      'gen_ai.usage.input_tokens': 3,
      'gen_ai.usage.output_tokens': 2,
    });
    expect(
      JSON.parse(String(chat.attributes['gen_ai.output.messages'])),
    ).toEqual([
      {
        role: 'assistant',
        parts: [{ type: 'text', content: 'Hello' }],
        finish_reason: 'stop',
      },
    ]);
  });

  it('keeps totals of task and turn spans out of gen_ai.usage, so no backend counts tokens twice', async () => {
    const trace = new FakeTrace('Ported');
    await processor.onTraceStart(trace);
    await record(
      fakeSpan(trace, {
        type: 'turn',
        turn: 2,
        agent_name: 'Triage',
        usage: {
          input_tokens: 50,
          output_tokens: 5,
          cached_input_tokens: 10,
          cache_write_input_tokens: 0,
        },
      }),
    );

    const turn = otel.span('turn 2');
    expect(turn.attributes).toMatchObject({
      'baton.turn.number': 2,
      'gen_ai.agent.name': 'Triage',
      'baton.usage.input_tokens': 50,
      'baton.usage.cache_read.input_tokens': 10,
    });
    expect(
      Object.keys(turn.attributes).filter((key) =>
        key.startsWith('gen_ai.usage'),
      ),
    ).toEqual([]);
  });

  it('turns a function span into execute_tool {name} with arguments and result, under its agent', async () => {
    const trace = new FakeTrace('Support');
    await processor.onTraceStart(trace);
    const agent = fakeSpan(trace, { type: 'agent', name: 'Orders' });
    await processor.onSpanStart(agent);
    await record(
      fakeSpan(
        trace,
        {
          type: 'function',
          name: 'lookup_order',
          input: '{"id":7}',
          output: 'shipped',
          call_id: 'call_1',
        },
        { parent: agent },
      ),
    );
    await record(agent);

    const tool = otel.span('execute_tool lookup_order');
    expect(tool.kind).toBe(SpanKind.INTERNAL);
    expect(tool.attributes).toMatchObject({
      'gen_ai.operation.name': 'execute_tool',
      'gen_ai.tool.name': 'lookup_order',
      'gen_ai.tool.type': 'function',
      'gen_ai.tool.call.id': 'call_1',
      'gen_ai.tool.call.arguments': '{"id":7}',
      'gen_ai.tool.call.result': 'shipped',
      'gen_ai.agent.name': 'Orders',
    });
  });

  it('gives a function span without sensitive data no arguments or result', async () => {
    const trace = new FakeTrace('Support');
    await processor.onTraceStart(trace);
    await record(
      fakeSpan(trace, {
        type: 'function',
        name: 'lookup',
        input: '',
        output: '',
      }),
    );
    const attributes = Object.keys(otel.span('execute_tool lookup').attributes);
    expect(attributes).not.toContain('gen_ai.tool.call.arguments');
    expect(attributes).not.toContain('gen_ai.tool.call.result');
  });

  it('puts handoffs, guardrails and custom spans under baton.* attributes', async () => {
    const trace = new FakeTrace('Support');
    await processor.onTraceStart(trace);
    await record(
      fakeSpan(trace, {
        type: 'handoff',
        from_agent: 'Triage',
        to_agent: 'Refunds',
      }),
    );
    await record(
      fakeSpan(trace, {
        type: 'guardrail',
        name: 'no homework',
        triggered: true,
      }),
    );
    await record(
      fakeSpan(trace, {
        type: 'custom',
        name: 'fetch profile',
        data: { id: 3 },
      }),
    );

    expect(otel.span('handoff Refunds').attributes).toMatchObject({
      'baton.handoff.from_agent': 'Triage',
      'baton.handoff.to_agent': 'Refunds',
    });
    expect(otel.span('guardrail no homework').attributes).toMatchObject({
      'baton.guardrail.name': 'no homework',
      'baton.guardrail.triggered': true,
    });
    expect(otel.span('fetch profile').attributes).toMatchObject({
      'baton.custom.data': '{"id":3}',
    });
    for (const name of ['handoff Refunds', 'guardrail no homework'])
      expect(
        otel.span(name).attributes['gen_ai.operation.name'],
      ).toBeUndefined();
  });

  it('marks a span with an error as ERROR with its message', async () => {
    const trace = new FakeTrace('Support');
    await processor.onTraceStart(trace);
    const tool = fakeSpan(trace, {
      type: 'function',
      name: 'charge',
      input: '{}',
      output: 'card declined',
    });
    tool.error = {
      message: 'Error running tool (non-fatal)',
      data: { tool_name: 'charge' },
    };
    await record(tool);

    const span = otel.span('execute_tool charge');
    expect(span.status).toEqual({
      code: SpanStatusCode.ERROR,
      message: 'Error running tool (non-fatal)',
    });
    expect(span.attributes['error.type']).toBe('_OTHER');
    expect(span.attributes['baton.error.data']).toBe('{"tool_name":"charge"}');
    expect(span.attributes['gen_ai.tool.call.result']).toBeUndefined();
  });

  it('still ends and exports a span whose data cannot be written as JSON', async () => {
    const trace = new FakeTrace('Support');
    await processor.onTraceStart(trace);
    const span = fakeSpan(trace, {
      type: 'custom',
      name: 'odd data',
      data: { big: 1n },
    });
    await processor.onSpanStart(span);
    span.endedAt = new Date().toISOString();
    await expect(processor.onSpanEnd(span)).rejects.toThrow(TypeError);

    expect(otel.span('odd data').ended).toBe(true);
    expect(processor.openSpanCount).toBe(1);
  });

  it('takes start and end times from the Baton span, not from when it was reported', async () => {
    const trace = new FakeTrace('Support');
    await processor.onTraceStart(trace);
    const span = fakeSpan(
      trace,
      { type: 'agent', name: 'Late reporter' },
      { startedAt: '2026-01-02T03:04:05.100Z' },
    );
    await record(span, '2026-01-02T03:04:07.350Z');

    const exported = otel.span('invoke_agent Late reporter');
    expect(millisOf(exported.startTime)).toBe(
      Date.parse('2026-01-02T03:04:05.100Z'),
    );
    expect(millisOf(exported.endTime)).toBe(
      Date.parse('2026-01-02T03:04:07.350Z'),
    );
  });

  it('names the provider as configured and keeps content out when includeSensitiveData is false', async () => {
    const quiet = new OpenTelemetryTracingProcessor({
      tracerProvider: otel.provider,
      providerName: 'ollama',
      includeSensitiveData: false,
    });
    const trace = new FakeTrace('Local');
    await quiet.onTraceStart(trace);
    const call = fakeSpan(trace, {
      type: 'response',
      model: 'llama3',
      _input: 'secret question',
      _response: { output: [] },
    });
    await quiet.onSpanStart(call);
    call.endedAt = new Date().toISOString();
    await quiet.onSpanEnd(call);

    const chat = otel.span('chat llama3');
    expect(chat.attributes['gen_ai.provider.name']).toBe('ollama');
    expect(chat.attributes['openai.api.type']).toBeUndefined();
    expect(JSON.stringify(chat.attributes)).not.toContain('secret question');
  });
});
