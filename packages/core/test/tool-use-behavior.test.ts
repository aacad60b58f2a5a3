import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Agent, Runner, tool, type ToolUseBehavior } from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';

const lookup = tool({
  name: 'lookup',
  description: '',
  parameters: z.object({}),
  execute: () => 'looked up',
});
const other = tool({
  name: 'other',
  description: '',
  parameters: z.object({}),
  execute: () => 'other result',
});

async function finalOutputFor(
  toolUseBehavior: ToolUseBehavior,
  calls: string[],
) {
  const model = new FakeModel([
    respond(calls.map((name) => call(name, {}))),
    text('from model'),
  ]);
  const agent = new Agent({
    name: 'T',
    model,
    tools: [lookup, other],
    toolUseBehavior,
  });
  return (await new Runner().run(agent, 'x')).finalOutput;
}

describe('toolUseBehavior', () => {
  it('lets the model see tool results by default', async () => {
    expect(await finalOutputFor('run_llm_again', ['lookup'])).toBe(
      'from model',
    );
  });

  it('ends with the first tool result under stop_on_first_tool', async () => {
    expect(
      await finalOutputFor('stop_on_first_tool', ['lookup', 'other']),
    ).toBe('looked up');
  });

  it('stops only at the named tools', async () => {
    expect(
      await finalOutputFor({ stopAtToolNames: ['other'] }, ['lookup', 'other']),
    ).toBe('other result');
    expect(
      await finalOutputFor({ stopAtToolNames: ['other'] }, ['lookup']),
    ).toBe('from model');
  });

  it('lets a function decide', async () => {
    const decide: ToolUseBehavior = (_ctx, results) => ({
      isFinalOutput: true,
      finalOutput: results.length,
    });
    expect(await finalOutputFor(decide, ['lookup', 'other'])).toBe(2);
  });

  it('stops forcing toolChoice once the agent has used a tool, unless resetToolChoice is off', async () => {
    for (const resetToolChoice of [true, false]) {
      const model = new FakeModel([
        respond([call('lookup', {})]),
        text('done'),
      ]);
      const agent = new Agent({
        name: 'T',
        model,
        tools: [lookup],
        modelSettings: { toolChoice: 'required' },
        resetToolChoice,
      });
      await new Runner().run(agent, 'x');
      expect(model.requests[0]!.modelSettings.toolChoice).toBe('required');
      expect(model.requests[1]!.modelSettings.toolChoice).toBe(
        resetToolChoice ? undefined : 'required',
      );
    }
  });
});
