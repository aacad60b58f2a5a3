import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RunContext } from '../context/run-context.js';
import { UserError } from '../errors/errors.js';
import { Agent } from './agent.js';

describe('Agent', () => {
  it('resolves function instructions with the run context and the agent', async () => {
    const agent = new Agent<{ user: string }>({
      name: 'Greeter',
      instructions: async (runContext, self) =>
        `You are ${self.name}, talking to ${runContext.context.user}.`,
    });
    expect(await agent.getSystemPrompt(new RunContext({ user: 'Ada' }))).toBe(
      'You are Greeter, talking to Ada.',
    );
  });

  it('clones with changes and leaves the original untouched', () => {
    const original = new Agent({
      name: 'A',
      instructions: 'one',
      modelSettings: { temperature: 0 },
    });
    const copy = original.clone({ instructions: 'two' });
    expect(copy).not.toBe(original);
    expect(copy.instructions).toBe('two');
    expect(copy.modelSettings).toEqual({ temperature: 0 });
    copy.modelSettings.temperature = 1;
    expect(original.instructions).toBe('one');
    expect(original.modelSettings.temperature).toBe(0);
  });

  it('rejects a blank name and an unusable output type at construction', () => {
    expect(() => new Agent({ name: '   ' })).toThrow(UserError);
    expect(
      () =>
        new Agent({
          name: 'A',
          outputType: z.object({ data: z.record(z.string(), z.string()) }),
        }),
    ).toThrow(/strict mode/);
  });

  it('wraps bare handoff agents once, so tool definitions are built once', () => {
    const target = new Agent({ name: 'Target' });
    const agent = new Agent({ name: 'A', handoffs: [target] });
    expect(agent.handoffObjects[0]).toBe(agent.handoffObjects[0]);
    expect(agent.handoffObjects[0]!.toolName).toBe('transfer_to_Target');
  });
});
