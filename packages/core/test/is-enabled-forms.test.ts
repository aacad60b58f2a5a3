import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Agent, handoff, run, tool } from '../src/index.js';
import { FakeModel, text } from './support/fake-model.js';

const noArguments = z.object({});

describe("isEnabled in the Agents SDK's ({ runContext, agent }) form", () => {
  it('decides which tools and handoffs a run offers the model', async () => {
    type Flags = { beta: boolean };
    const model = new FakeModel([text('one'), text('two')]);
    const preview = tool<typeof noArguments, Flags>({
      name: 'preview',
      description: 'Beta only',
      parameters: noArguments,
      isEnabled: ({ runContext }) => runContext.context.beta,
      execute: () => 'x',
    });
    const labs = new Agent<Flags>({ name: 'Labs' });
    const agent = new Agent<Flags>({
      name: 'Front',
      model,
      tools: [preview],
      handoffs: [
        handoff<Flags, Agent<Flags>>(labs, {
          isEnabled: ({ runContext, agent: self }) =>
            runContext.context.beta && self.name === 'Front',
        }),
      ],
    });
    await run(agent, 'hi', { context: { beta: true } });
    await run(agent, 'hi', { context: { beta: false } });
    expect(
      model.requests.map((request) => request.tools.map((t) => t.name)),
    ).toEqual([['preview', 'transfer_to_Labs'], []]);
  });
});
