import {
  getCurrentSpan,
  setTraceProcessors,
  setTracingDisabled,
  withCustomSpan,
  withTrace,
} from '@baton/tracing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  InputGuardrailTripwireTriggered,
  type RunState,
  Runner,
  tool,
  type ModelResponse,
} from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';
import { RecordingProcessor } from './support/recording-processor.js';

let recorder: RecordingProcessor;

beforeEach(() => {
  recorder = new RecordingProcessor();
  setTracingDisabled(false);
  setTraceProcessors([recorder]);
});

afterEach(() => {
  setTraceProcessors([]);
  setTracingDisabled(true);
});

function lookupTool(
  execute: (input: { id: string }) => string | Promise<string>,
) {
  return tool({
    name: 'lookup_order',
    description: 'Looks an order up',
    parameters: z.object({ id: z.string() }),
    execute,
  });
}

function triageAgents(lookup = lookupTool(({ id }) => `order ${id}: shipped`)) {
  const orders = new Agent({
    name: 'Orders',
    tools: [lookup],
    model: new FakeModel([
      respond([call('lookup_order', { id: '42' })]),
      withUsage(text('Order 42 has shipped.')),
    ]),
  });
  const triage = new Agent({
    name: 'Triage',
    handoffs: [orders],
    model: new FakeModel([respond([call('transfer_to_Orders', {})])]),
  });
  return { triage, orders };
}

function withUsage(response: ModelResponse): ModelResponse {
  return {
    ...response,
    usage: {
      inputTokens: 120,
      outputTokens: 30,
      totalTokens: 150,
      inputTokensDetails: { cached_tokens: 100 },
      outputTokensDetails: { reasoning_tokens: 12 },
    },
  };
}

describe('run tracing', () => {
  it('records one trace per run: agent spans with their model calls, the handoff, and the tool call', async () => {
    const { triage } = triageAgents();
    await new Runner({ workflowName: 'Support' }).run(triage, 'Where is 42?');

    expect(recorder.traces).toHaveLength(1);
    expect(recorder.traces[0]!.name).toBe('Support');
    expect(recorder.outline()).toEqual([
      'agent:Triage',
      '  response',
      '  handoff:Triage->Orders',
      'agent:Orders',
      '  response',
      '  function:lookup_order',
      '  response',
    ]);
    expect(recorder.open()).toEqual([]);
    expect(recorder.events.at(-1)).toMatch(/^trace_end trace_[0-9a-f]{32}$/);
    expect(recorder.find('agent', 'Triage').spanData).toEqual({
      type: 'agent',
      name: 'Triage',
      handoffs: ['Orders'],
      tools: [],
      output_type: 'text',
    });
  });

  it('puts model, usage with cached and reasoning tokens, response id, input and output on response spans', async () => {
    const { triage } = triageAgents();
    const result = await new Runner({ model: 'gpt-test' }).run(triage, 'Hi');
    const last = recorder.spans
      .filter((s) => s.spanData.type === 'response')
      .at(-1)!;
    expect(last.spanData).toMatchObject({
      type: 'response',
      model: 'gpt-test',
      response_id: result.lastResponseId,
      usage: {
        input_tokens: 120,
        output_tokens: 30,
        total_tokens: 150,
        cached_input_tokens: 100,
        reasoning_tokens: 12,
      },
      _response: { output: [expect.objectContaining({ type: 'message' })] },
    });
    expect(last.spanData._input).toEqual(
      expect.arrayContaining([expect.objectContaining({ role: 'user' })]),
    );
    expect(recorder.find('function').spanData).toEqual({
      type: 'function',
      name: 'lookup_order',
      input: '{"id":"42"}',
      output: 'order 42: shipped',
      call_id: expect.stringMatching(/^call_/),
    });
  });

  it('leaves inputs, outputs and tool arguments out with traceIncludeSensitiveData: false', async () => {
    const { triage } = triageAgents();
    await new Runner({ traceIncludeSensitiveData: false }).run(triage, 'Hi 42');
    const response = recorder.find('response').spanData;
    expect(response).not.toHaveProperty('_input');
    expect(response).not.toHaveProperty('_response');
    expect(recorder.find('function').spanData).toMatchObject({
      input: '',
      output: '',
    });
    expect(JSON.stringify(recorder.spans)).not.toContain('shipped');
  });

  it('marks the function span with an error when the tool failed, and the run goes on', async () => {
    const { triage } = triageAgents(
      lookupTool(() => {
        throw new Error('database down');
      }),
    );
    const result = await new Runner().run(triage, 'Hi');
    expect(result.finalOutput).toBe('Order 42 has shipped.');
    expect(recorder.find('function').error).toEqual({
      message: 'Error running tool (non-fatal)',
      data: { tool_name: 'lookup_order', error: 'database down' },
    });
    expect(recorder.find('agent', 'Orders').error).toBeNull();
  });

  it('marks the response span and the agent span when the model call fails', async () => {
    const agent = new Agent({
      name: 'Flaky',
      model: new FakeModel([new Error('upstream 503')]),
    });
    const error = await new Runner().run(agent, 'Hi').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(recorder.outline()).toEqual(['agent:Flaky', '  response']);
    expect(recorder.find('response').error?.message).toContain('upstream 503');
    expect(recorder.find('agent', 'Flaky').error?.message).toContain(
      'upstream 503',
    );
    expect(recorder.open()).toEqual([]);
  });

  it('records guardrail spans with their verdict, and the tripwire as the agent span error', async () => {
    const agent = new Agent({
      name: 'Tutor',
      model: new FakeModel([text('x = 2')]),
      inputGuardrails: [
        {
          name: 'homework',
          execute: () => ({ tripwireTriggered: true, outputInfo: 'homework' }),
        },
        {
          name: 'polite',
          execute: () => ({ tripwireTriggered: false, outputInfo: null }),
        },
      ],
    });
    const error = await new Runner()
      .run(agent, 'Solve 2x = 4')
      .catch((e: unknown) => e);
    expect(InputGuardrailTripwireTriggered.isInstance(error)).toBe(true);
    expect(recorder.find('guardrail', 'homework').spanData.triggered).toBe(
      true,
    );
    expect(recorder.find('guardrail', 'polite').spanData.triggered).toBe(false);
    expect(recorder.find('guardrail', 'homework').parentId).toBe(
      recorder.find('agent', 'Tutor').spanId,
    );
    expect(recorder.find('agent', 'Tutor').error?.message).toContain(
      'homework',
    );
    expect(recorder.open()).toEqual([]);
  });

  it('records output guardrails and tool guardrails under the spans they check', async () => {
    const refund = tool({
      name: 'refund',
      description: 'Refund',
      parameters: z.object({ amount: z.number() }),
      execute: () => 'refunded',
      inputGuardrails: [
        {
          name: 'limit',
          run: () => ({
            behavior: { type: 'rejectContent', message: 'no' },
            outputInfo: null,
          }),
        },
      ],
    });
    const agent = new Agent({
      name: 'Refunds',
      tools: [refund],
      model: new FakeModel([
        respond([call('refund', { amount: 9 })]),
        text('ok'),
      ]),
      outputGuardrails: [
        {
          name: 'no pii',
          execute: () => ({ tripwireTriggered: false, outputInfo: null }),
        },
      ],
    });
    await new Runner().run(agent, 'Refund 9');
    expect(recorder.outline()).toEqual([
      'agent:Refunds',
      '  response',
      '  function:refund',
      '    guardrail:limit',
      '  response',
      '  guardrail:no pii',
    ]);
    expect(recorder.find('guardrail', 'limit').spanData.triggered).toBe(true);
  });

  it('traces a streamed run the same way, ending every span when the stream completes', async () => {
    const { triage } = triageAgents();
    const result = await new Runner().run(triage, 'Hi', { stream: true });
    for await (const _ of result) void _;
    await result.completed;
    expect(recorder.outline()).toEqual([
      'agent:Triage',
      '  response',
      '  handoff:Triage->Orders',
      'agent:Orders',
      '  response',
      '  function:lookup_order',
      '  response',
    ]);
    expect(recorder.open()).toEqual([]);
  });

  it('ends the spans of an aborted run with an error, leaving none open', async () => {
    const controller = new AbortController();
    const slow = lookupTool(() => {
      controller.abort(new Error('caller gave up'));
      return new Promise<string>(() => {});
    });
    const { triage } = triageAgents(slow);
    const error = await new Runner()
      .run(triage, 'Hi', { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    await new Promise((resolve) => setImmediate(resolve));
    expect(recorder.open()).toEqual([]);
    expect(recorder.find('function').error).not.toBeNull();
    expect(recorder.find('agent', 'Orders').error).not.toBeNull();
    expect(recorder.events.at(-1)).toMatch(/^trace_end/);
  });

  it('keeps concurrent runs in their own traces', async () => {
    const runs = await Promise.all(
      ['A', 'B', 'C'].map((name) => {
        const { triage } = triageAgents(
          lookupTool(async () => {
            await new Promise((resolve) => setTimeout(resolve, 1));
            return `from ${name}`;
          }),
        );
        return new Runner({ workflowName: name }).run(triage, name);
      }),
    );
    expect(runs).toHaveLength(3);
    expect(recorder.traces.map((t) => t.name).sort()).toEqual(['A', 'B', 'C']);
    for (const trace of recorder.traces) {
      expect(recorder.outline(trace.traceId)).toHaveLength(7);
      const fn = recorder.spans.find(
        (s) => s.traceId === trace.traceId && s.spanData.type === 'function',
      )!;
      expect(fn.spanData.output).toBe(`from ${trace.name}`);
    }
  });

  it('joins the trace of withTrace, and makes the function span current inside the tool', async () => {
    let inside: string | undefined;
    const { triage } = triageAgents(
      lookupTool(() => {
        inside = getCurrentSpan()?.spanData.type;
        return 'ok';
      }),
    );
    await withTrace('Two runs', async () => {
      await new Runner().run(triage, 'first');
      await withCustomSpan(async () => {}, { data: { name: 'between' } });
    });
    expect(inside).toBe('function');
    expect(recorder.traces.map((t) => t.name)).toEqual(['Two runs']);
    expect(recorder.outline()).toContain('custom:between');
  });

  it('uses the runner trace options, and keeps the tracing API key out of the trace JSON', async () => {
    const { triage } = triageAgents();
    await new Runner({
      traceId: 'trace_0123456789abcdef0123456789abcdef',
      groupId: 'group_0123456789abcdef01234567',
      traceMetadata: { user: 'u1' },
      tracing: { apiKey: 'sk-trace-secret' },
    }).run(triage, 'Hi');
    const trace = recorder.traces[0]!;
    expect(trace.toJSON()).toEqual({
      object: 'trace',
      id: 'trace_0123456789abcdef0123456789abcdef',
      workflow_name: 'Agent workflow',
      group_id: 'group_0123456789abcdef01234567',
      metadata: { user: 'u1' },
    });
    expect(recorder.spans[0]!.tracingApiKey).toBe('sk-trace-secret');
    expect(JSON.stringify([trace, ...recorder.spans])).not.toContain(
      'sk-trace',
    );
  });

  it('continues the trace of a stopped run when its state is resumed', async () => {
    const refund = tool({
      name: 'refund',
      description: 'Refund',
      parameters: z.object({}),
      needsApproval: true,
      execute: () => 'refunded',
    });
    const agent = new Agent({
      name: 'Refunds',
      tools: [refund],
      model: new FakeModel([respond([call('refund', {})]), text('done')]),
    });
    const runner = new Runner();
    const first = await runner.run(agent, 'Refund');
    first.state.approve(first.interruptions[0]!);
    await runner.run(agent, first.state as RunState<unknown, typeof agent>);
    const ids = new Set(recorder.traces.map((t) => t.traceId));
    expect(recorder.traces).toHaveLength(2);
    expect(ids.size).toBe(1);
    // The resumed run picks up in the same agent: a second agent span runs the approved call.
    expect(recorder.outline()).toEqual([
      'agent:Refunds',
      '  response',
      'agent:Refunds',
      '  function:refund',
      '  response',
    ]);
    expect(recorder.open()).toEqual([]);
  });

  it('traces nothing with tracingDisabled, or when no processor is registered', async () => {
    await new Runner({ tracingDisabled: true }).run(
      triageAgents().triage,
      'Hi',
    );
    setTraceProcessors([]);
    await new Runner().run(triageAgents().triage, 'Hi');
    expect(recorder.events).toEqual([]);
  });

  it('goes on when a processor throws', async () => {
    setTraceProcessors([
      {
        onTraceStart: () => {
          throw new Error('broken processor');
        },
        onTraceEnd: async () => {},
        onSpanStart: () => Promise.reject(new Error('broken')),
        onSpanEnd: async () => {},
        shutdown: async () => {},
        forceFlush: async () => {},
      },
      recorder,
    ]);
    const result = await new Runner().run(triageAgents().triage, 'Hi');
    expect(result.finalOutput).toBe('Order 42 has shipped.');
    expect(recorder.outline()).toHaveLength(7);
  });
});
