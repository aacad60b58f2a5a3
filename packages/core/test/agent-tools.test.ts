import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  invokeFunctionTool,
  run,
  RunContext,
  tool,
  UserError,
  type RunStreamEvent,
  type StepRunner,
} from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';

describe('agent.asTool()', () => {
  it('names the tool after the agent and takes `{ input: string }` by default', async () => {
    const agent = new Agent({ name: 'Spanish translator' });
    const created = agent.asTool({});
    expect(created.name).toBe('Spanish_translator');
    expect((await created.definition()).parameters).toEqual({
      type: 'object',
      properties: { input: { type: 'string' } },
      required: ['input'],
      additionalProperties: false,
    });
  });

  it('refuses options it cannot honour when the tool is made', () => {
    const agent = new Agent({ name: 'A' });
    expect(() => agent.asTool({ onStreamMaxPendingEvents: 0 })).toThrow(
      UserError,
    );
    expect(() =>
      agent.asTool({ resumeState: { contextStrategy: 'replace' } }),
    ).toThrow(/only 'merge'|'merge'/);
  });

  it('runs the agent when invoked outside a run, with the input as its message', async () => {
    const model = new FakeModel([text('Hola')]);
    const agent = new Agent({ name: 'Spanish', model });
    const output = await invokeFunctionTool({
      tool: agent.asTool({}),
      runContext: new RunContext(),
      input: '{"input":"Hello"}',
    });
    expect(output).toBe('Hola');
    expect(model.requests[0]!.input).toEqual([
      expect.objectContaining({ role: 'user', content: 'Hello' }),
    ]);
  });

  it('adds the sub-agent’s usage to a run that gave it a context of its own', async () => {
    const sub = new Agent({
      name: 'Sub',
      model: new FakeModel([respond(text('done').output, 7)]),
    });
    const parent = new Agent({
      name: 'Parent',
      model: new FakeModel([
        respond([call('sub', { input: 'go' })], 5),
        respond(text('ok').output, 5),
      ]),
      tools: [sub.asTool({ toolName: 'sub', runOptions: { context: {} } })],
    });
    const result = await run(parent, 'Start');
    expect(result.finalOutput).toBe('ok');
    expect(result.usage.requests).toBe(3);
    expect(result.usage.inputTokens).toBe(17);
  });

  it('hands the nested run’s events to onStream in order, and waits for its promises before returning', async () => {
    const sub = new Agent({
      name: 'Sub',
      model: new FakeModel([text('done')]),
    });
    const seen: string[] = [];
    const tool = sub.asTool({
      toolName: 'sub',
      onStream: async ({ event }: { event: RunStreamEvent }) => {
        await Promise.resolve();
        seen.push(event.type);
      },
    });
    const parent = new Agent({
      name: 'Parent',
      model: new FakeModel([
        respond([call('sub', { input: 'go' })]),
        text('ok'),
      ]),
      tools: [tool],
    });
    await run(parent, 'Start');
    expect(seen[0]).toBe('raw_model_stream_event');
    expect(seen).toContain('run_item_stream_event');
  });
});

describe('an agent tool whose nested run waits for approval, under a journaling step runner', () => {
  it('finds the waiting nested run in the journal when the run is replayed, and finishes it once approved', async () => {
    let refunds = 0;
    const refund = tool({
      name: 'refund',
      description: 'Refunds an order.',
      parameters: z.object({ orderId: z.string() }),
      needsApproval: true,
      execute: ({ orderId }) => `refunded ${orderId} (${++refunds})`,
    });
    const clerkModel = new FakeModel([
      respond([call('refund', { orderId: 'o-1' }, 'call_refund')]),
      text('Refund done.'),
    ]);
    const clerk = new Agent({
      name: 'Clerk',
      model: clerkModel,
      tools: [refund],
    });
    const desk = new Agent({
      name: 'Desk',
      model: new FakeModel([
        respond([call('clerk', { input: 'Refund o-1' }, 'call_clerk')]),
        text('The clerk refunded o-1.'),
      ]),
      tools: [clerk.asTool({ toolName: 'clerk' })],
    });
    // What a durable engine does: it keeps each step's result in order, and an attempt that runs again gets the
    // results it already has, step by step, instead of running them; steps past the journal's end run.
    const journal: unknown[] = [];
    const attempt = (): StepRunner => {
      let next = 0;
      return async (_key, fn) => {
        const index = next++;
        if (index < journal.length) return journal[index] as never;
        const value = JSON.parse(JSON.stringify(await fn()));
        journal.push(value);
        return value;
      };
    };
    const journaling = attempt();
    const first = await run(desk, 'Refund o-1', { stepRunner: journaling });
    expect(first.interruptions.map((item) => item.name)).toEqual(['refund']);
    const clerkCalls = clerkModel.requests.length;

    // The process is gone; the run is replayed from the journal, with nothing of the first run in memory.
    const again = attempt();
    const replayed = await run(desk, 'Refund o-1', { stepRunner: again });
    expect(clerkModel.requests).toHaveLength(clerkCalls);
    expect(replayed.interruptions.map((item) => item.name)).toEqual(['refund']);
    replayed.state.approve(replayed.interruptions[0]!);
    const done = await run(desk, replayed.state, { stepRunner: again });
    expect(done.finalOutput).toBe('The clerk refunded o-1.');
    expect(refunds).toBe(1);
  });
});
