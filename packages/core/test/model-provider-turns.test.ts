import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  Runner,
  tool,
  type Model,
  type ModelProvider,
} from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';

const lookup = tool({
  name: 'lookup',
  description: 'Looks a thing up.',
  parameters: z.object({}),
  execute: () => 'found',
});

function twoTurnAgent() {
  return new Agent({ name: 'a', model: 'the-model', tools: [lookup] });
}

describe('a model provider', () => {
  it('is asked on every turn, and a promise it hands back again gives the model it resolved with', async () => {
    const model = new FakeModel([respond([call('lookup', {})]), text('done')]);
    const cached = Promise.resolve<Model>(model);
    let asked = 0;
    const provider: ModelProvider = {
      getModel: () => {
        asked += 1;
        return cached;
      },
    };
    const result = await new Runner({ modelProvider: provider }).run(
      twoTurnAgent(),
      'x',
    );
    expect(result.finalOutput).toBe('done');
    expect(asked).toBe(2);
    expect(model.requests).toHaveLength(2);
  });

  it('gives each turn the model of the promise it got, when the provider hands out a new one each time', async () => {
    const first = new FakeModel([respond([call('lookup', {})])]);
    const second = new FakeModel([text('from the second model')]);
    const models = [first, second];
    const provider: ModelProvider = {
      getModel: () => Promise.resolve<Model>(models.shift()!),
    };
    const result = await new Runner({ modelProvider: provider }).run(
      twoTurnAgent(),
      'x',
    );
    expect(result.finalOutput).toBe('from the second model');
    expect(first.requests).toHaveLength(1);
    expect(second.requests).toHaveLength(1);
  });
});
