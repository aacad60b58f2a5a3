import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  MaxTurnsExceededError,
  ModelBehaviorError,
  Runner,
  tool,
  UserError,
} from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';

describe('a run', () => {
  it('returns the final text with history, usage and response ids', async () => {
    const model = new FakeModel([text('Hello there')]);
    const agent = new Agent({
      name: 'Greeter',
      instructions: 'Be brief.',
      model,
    });
    const result = await new Runner().run(agent, 'Hi');
    expect(result.finalOutput).toBe('Hello there');
    expect(model.requests[0]!.systemInstructions).toBe('Be brief.');
    expect(model.requests[0]!.input).toEqual([
      { type: 'message', role: 'user', content: 'Hi' },
    ]);
    expect(result.history.map((item) => item.type)).toEqual([
      'message',
      'message',
    ]);
    expect(result.newItems.map((item) => item.type)).toEqual([
      'message_output_item',
    ]);
    expect(result.usage.requests).toBe(1);
    expect(result.usage.totalTokens).toBe(20);
    expect(result.lastResponseId).toBe(result.rawResponses[0]!.responseId);
    expect(result.lastAgent).toBe(agent);
  });

  it('runs a tool, sends its output back and answers with the next response', async () => {
    const model = new FakeModel([
      respond([call('add', { a: 2, b: 3 }, 'c1')]),
      text('5'),
    ]);
    const add = tool({
      name: 'add',
      description: 'Adds',
      parameters: z.object({ a: z.number(), b: z.number() }),
      execute: ({ a, b }) => a + b,
    });
    const result = await new Runner().run(
      new Agent({ name: 'Calc', model, tools: [add] }),
      'add',
    );
    expect(result.finalOutput).toBe('5');
    expect(model.requests[1]!.input.at(-1)).toEqual({
      type: 'function_call_output',
      call_id: 'c1',
      output: '5',
    });
    expect(model.requests[0]!.tools).toEqual([
      expect.objectContaining({ type: 'function', name: 'add', strict: true }),
    ]);
  });

  it('throws MaxTurnsExceededError carrying the state when the model never stops calling tools', async () => {
    const loop = tool({
      name: 'again',
      description: '',
      parameters: z.object({}),
      execute: () => 'ok',
    });
    const model = new FakeModel(
      Array.from({ length: 5 }, () => respond([call('again', {})])),
    );
    const error = await new Runner({ maxTurns: 3 })
      .run(new Agent({ name: 'Looper', model, tools: [loop] }), 'go')
      .catch((caught: unknown) => caught);
    expect(MaxTurnsExceededError.isInstance(error)).toBe(true);
    const state = (error as MaxTurnsExceededError).state!;
    expect(state.currentTurn).toBe(4);
    expect(state.generatedItems).toHaveLength(6);
    expect(model.requests).toHaveLength(3);
  });

  it('parses structured output and rejects output that breaks the schema with ModelBehaviorError', async () => {
    const outputType = z.object({ city: z.string(), days: z.number() });
    const good = new Agent({
      name: 'Planner',
      outputType,
      model: new FakeModel([text('{"city":"Oslo","days":3}')]),
    });
    const result = await new Runner().run(good, 'plan');
    expect(result.finalOutput).toEqual({ city: 'Oslo', days: 3 });

    const model = new FakeModel([text('{"city":"Oslo"}')]);
    const bad = new Agent({ name: 'Planner', outputType, model });
    const error = await new Runner()
      .run(bad, 'plan')
      .catch((caught: unknown) => caught);
    expect(ModelBehaviorError.isInstance(error)).toBe(true);
    expect((error as ModelBehaviorError).state?.generatedItems).toHaveLength(1);
    expect(model.requests[0]!.outputFormat).toMatchObject({
      type: 'json_schema',
      strict: true,
      name: 'output',
    });
  });

  it('refuses an agent without a name', () => {
    expect(() => new Agent({ name: '' })).toThrow(UserError);
  });

  it('reports a missing provider with a UserError that says how to fix it', async () => {
    const error = await new Runner()
      .run(new Agent({ name: 'NoModel' }), 'x')
      .catch((caught: unknown) => caught);
    expect(UserError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/@baton\/agents/);
  });

  it('merges runner and agent model settings, agent first', async () => {
    const model = new FakeModel([text('ok')]);
    const agent = new Agent({
      name: 'A',
      model,
      modelSettings: { temperature: 0.2 },
    });
    await new Runner({ modelSettings: { temperature: 1, topP: 0.5 } }).run(
      agent,
      'x',
    );
    expect(model.requests[0]!.modelSettings).toEqual({
      temperature: 0.2,
      topP: 0.5,
    });
  });
});
