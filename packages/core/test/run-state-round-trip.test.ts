import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  MaxTurnsExceededError,
  MemorySession,
  RunContext,
  RunState,
  RunStateError,
  RunStateSerializationError,
  Runner,
  tool,
  UnknownAgentError,
  type RunStateJsonV3,
} from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';
import { fieldsOf } from './support/run-state-fields.js';

const lookup = tool({
  name: 'lookup',
  description: 'Looks an order up',
  parameters: z.object({ id: z.string() }),
  execute: ({ id }) => ({ id, status: 'shipped', items: [1, 2] }),
});

async function restore(state: RunState<any, any>, agent: Agent<any, any>) {
  return RunState.fromString(agent, state.toString());
}

describe('RunState toString / fromString', () => {
  it('restores a finished run with every field, history and turn input equal', async () => {
    const agent = new Agent({
      name: 'Support',
      tools: [lookup],
      model: new FakeModel([
        respond([call('lookup', { id: 'o1' }, 'c1')]),
        text('Order o1 has shipped.'),
      ]),
    });
    const result = await new Runner().run(agent, 'Where is o1?', {
      context: { userId: 'u1', tier: { level: 2 } },
    });

    const restored = await restore(result.state, agent);

    expect(fieldsOf(restored)).toEqual(fieldsOf(result.state));
    expect(restored.history()).toEqual(result.state.history());
    expect(restored.turnInput()).toEqual(result.state.turnInput());
    expect(restored.currentAgent).toBe(agent);
    expect(restored.generatedItems[1]).toMatchObject({
      type: 'tool_call_output_item',
      output: { id: 'o1', status: 'shipped', items: [1, 2] },
    });
    expect(restored.context.context).toEqual({
      userId: 'u1',
      tier: { level: 2 },
    });
    expect(restored.usage.requests).toBe(2);
    expect(restored.toString()).toBe(result.state.toString());
  });

  it('keeps how far its session goes and its conversation id, so a resume appends only what is new', async () => {
    const refund = tool({
      name: 'refund',
      description: 'Refunds',
      parameters: z.object({}),
      needsApproval: true,
      execute: () => 'refunded',
    });
    const agent = new Agent({
      name: 'Support',
      tools: [refund],
      model: new FakeModel([respond([call('refund', {}, 'c1')])]),
    });
    const session = new MemorySession();
    const stopped = await new Runner().run(agent, 'Refund', { session });
    const restored = await restore(stopped.state, agent);
    expect(fieldsOf(restored)).toEqual(fieldsOf(stopped.state));
    expect(restored.sessionInput).toEqual([]);
    expect(restored.sessionItemCount).toBe(1);

    const chained = await new Runner().run(
      new Agent({ name: 'A', model: new FakeModel([text('hi')]) }),
      'x',
      { conversationId: 'conv_1' },
    );
    expect(JSON.parse(chained.state.toString())).toMatchObject({
      conversationId: 'conv_1',
    });
  });

  it('writes versioned JSON with the documented fields and agents by name', async () => {
    const agent = new Agent({
      name: 'Echo',
      model: new FakeModel([text('hi')]),
    });
    const result = await new Runner().run(agent, 'hello');

    const json = JSON.parse(result.state.toString()) as RunStateJsonV3;

    expect(json.$schemaVersion).toBe(3);
    expect(json.currentAgent).toEqual({ name: 'Echo' });
    expect(json.generatedItems[0]!.agent).toEqual({ name: 'Echo' });
    expect(json.stateId).toBe(result.state.stateId);
    expect(json.sequence).toBe(0);
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        'originalInput',
        'modelResponses',
        'finalOutput',
        'interruptions',
        'context',
        'serverItemIndex',
        'serverHasInput',
        'turnStartIndex',
        'agentsThatUsedTools',
        'approvals',
      ]),
    );
    expect(JSON.stringify(result.state)).toBe(result.state.toString());
  });

  it('restores the state a MaxTurnsExceededError carries, with its fields equal', async () => {
    const agent = new Agent({
      name: 'Looper',
      tools: [lookup],
      model: new FakeModel(
        Array.from({ length: 3 }, () => respond([call('lookup', { id: 'x' })])),
      ),
    });
    const error = await new Runner({ maxTurns: 2 })
      .run(agent, [{ role: 'user', content: 'loop' }])
      .catch((caught: unknown) => caught);
    expect(MaxTurnsExceededError.isInstance(error)).toBe(true);
    const state = (error as MaxTurnsExceededError).state!;

    const restored = await RunState.fromString(agent, state.toString());

    expect(fieldsOf(restored)).toEqual(fieldsOf(state));
    expect(restored.currentTurn).toBe(3);
    expect(restored.maxTurns).toBe(2);
    expect(restored.finalOutput).toBeUndefined();
    expect(restored.agentsThatUsedTools).toEqual(new Set(['Looper']));
    expect(restored.history()).toEqual(state.history());
    expect(restored.turnInput()).toEqual(state.turnInput());
  });

  it('resolves agents by name through handoffs, cycles included, and restores a handoff’s source and target', async () => {
    const triage = new Agent({ name: 'Triage' });
    const billing = new Agent({
      name: 'Billing',
      handoffs: [triage],
      model: new FakeModel([text('Paid.')]),
    });
    triage.handoffs = [billing];
    triage.model = new FakeModel([
      respond([call('transfer_to_Billing', {}, 'h1')]),
    ]);
    const result = await new Runner().run(triage, 'Is my invoice paid?');

    // Another process builds the same graph again: new objects, same names.
    const triage2 = new Agent({ name: 'Triage' });
    const billing2 = new Agent({ name: 'Billing', handoffs: [triage2] });
    triage2.handoffs = [billing2];
    const restored = await restore(result.state, triage2);

    expect(fieldsOf(restored)).toEqual(fieldsOf(result.state));
    expect(restored.currentAgent).toBe(billing2);
    const output = restored.generatedItems.find(
      (item) => item.type === 'handoff_output_item',
    );
    expect(output?.sourceAgent).toBe(triage2);
    expect(output?.targetAgent).toBe(billing2);
    expect(restored.generatedItems.at(-1)!.agent).toBe(billing2);
    expect(restored.history()).toEqual(result.state.history());
  });

  it('keeps the chaining fields, so a chained run sends the same turn input after a restore', async () => {
    const agent = new Agent({
      name: 'Chained',
      tools: [lookup],
      model: new FakeModel(
        Array.from({ length: 2 }, () => respond([call('lookup', { id: 'y' })])),
      ),
    });
    const error = await new Runner({ maxTurns: 1 })
      .run(agent, 'go', { previousResponseId: 'resp_start' })
      .catch((caught: unknown) => caught as MaxTurnsExceededError);
    const state = error.state!;
    expect(state.serverHasInput).toBe(true);

    const restored = await restore(state, agent);

    expect(restored.previousResponseId).toBe(state.previousResponseId);
    expect(restored.serverItemIndex).toBe(state.serverItemIndex);
    expect(restored.serverHasInput).toBe(true);
    expect(restored.turnInput()).toEqual(state.turnInput());
    expect(restored.turnInput()).not.toEqual(restored.history());
  });

  it('names the unknown agent and the agents it knows when the graph lacks one', async () => {
    const billing = new Agent({
      name: 'Billing',
      model: new FakeModel([text('ok')]),
    });
    const triage = new Agent({
      name: 'Triage',
      handoffs: [billing],
      model: new FakeModel([respond([call('transfer_to_Billing', {})])]),
    });
    const result = await new Runner().run(triage, 'hi');

    const error = await RunState.fromString(
      new Agent({ name: 'Triage', handoffs: [new Agent({ name: 'Sales' })] }),
      result.state.toString(),
    ).then(
      () => undefined,
      (caught: unknown) => caught as UnknownAgentError,
    );

    expect(UnknownAgentError.isInstance(error)).toBe(true);
    expect(RunStateError.isInstance(error)).toBe(true);
    expect(error!.agentName).toBe('Billing');
    expect(error!.knownAgents).toEqual(['Triage', 'Sales']);
    expect(error!.message).toContain('"Billing"');
    expect(error!.message).toContain('"Triage", "Sales"');
  });
});

describe('the run context in a state', () => {
  const echo = () =>
    new Agent({ name: 'Echo', model: new FakeModel([text('hi')]) });

  it('refuses a context that is not JSON, naming where it is and the fix', async () => {
    const agent = echo();
    class Database {}
    const result = await new Runner().run(agent, 'hi', {
      context: { userId: 'u1', db: new Database() },
    });

    let error: RunStateSerializationError | undefined;
    try {
      result.state.toString();
    } catch (caught) {
      error = caught as RunStateSerializationError;
    }

    expect(RunStateSerializationError.isInstance(error)).toBe(true);
    expect(error!.path).toBe('$.context.context.db');
    expect(error!.message).toContain('a Database instance');
    expect(error!.message).toContain('includeContext: false');
    expect(error!.message).toContain(
      'RunState.fromString(agent, text, { context })',
    );
  });

  it('leaves the context out with includeContext: false and takes it back from fromString', async () => {
    const agent = echo();
    const db = { query: () => 'row' };
    const result = await new Runner().run(agent, 'hi', {
      context: { userId: 'u1', db },
    });

    const text = result.state.toString({ includeContext: false });
    expect(text).not.toContain('u1');
    const restored = await RunState.fromString(agent, text, {
      context: { userId: 'u1', db },
    });

    expect(restored.context.context.db).toBe(db);
    const fromRunContext = await RunState.fromString(agent, text, {
      context: new RunContext({ userId: 'u2', db }),
    });
    expect(fromRunContext.context.context).toEqual({ userId: 'u2', db });
    expect(fromRunContext.usage.toJSON()).toEqual(result.state.usage.toJSON());
    expect(restored.history()).toEqual(result.state.history());
    await expect(RunState.fromString(agent, text)).rejects.toThrow(
      /written without its context/,
    );
  });

  it('refuses a tool output that is not JSON, naming the item and what to do', async () => {
    const when = tool({
      name: 'when',
      description: 'The time',
      parameters: z.object({}),
      execute: () => new Date(0),
    });
    const agent = new Agent({
      name: 'Clock',
      tools: [when],
      model: new FakeModel([respond([call('when', {})]), text('midnight')]),
    });
    const result = await new Runner().run(agent, 'time?');

    expect(() => result.state.toString()).toThrow(
      /\$\.generatedItems\[1\]\.output is a Date instance\. Make the tool return plain data/,
    );
  });
});
