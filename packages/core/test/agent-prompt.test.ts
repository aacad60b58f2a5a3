import { describe, expect, it } from 'vitest';
import { Agent, Runner } from '../src/index.js';
import { FakeModel, text } from './support/fake-model.js';

describe("an agent's prompt template", () => {
  it('reaches the model request on every turn, resolved from the run context', async () => {
    const model = new FakeModel([text('ok')]);
    const agent = new Agent<{ city: string }>({
      name: 'Weather',
      model,
      prompt: (runContext) => ({
        promptId: 'pmpt_weather',
        version: '3',
        variables: { city: runContext.context.city },
      }),
    });
    await new Runner().run(agent, 'Hi', { context: { city: 'Paris' } });
    expect(model.requests[0]!.prompt).toEqual({
      promptId: 'pmpt_weather',
      version: '3',
      variables: { city: 'Paris' },
    });
    expect(model.requests[0]!.systemInstructions).toBeUndefined();
  });

  it('is absent from the request of an agent without one', async () => {
    const model = new FakeModel([text('ok')]);
    await new Runner().run(new Agent({ name: 'A', model }), 'Hi');
    expect(model.requests[0]).not.toHaveProperty('prompt');
  });
});
