import { afterEach, describe, expect, it, vi } from 'vitest';
import { Agent } from '@baton/core';
import { openAPIValidator } from './support/openapi-validator.js';
import { responsesBodies, wirePerTest } from './support/wire-setup.js';

const startWire = wirePerTest();
const validator = openAPIValidator();

// No model on the runner or the agent: the provider's default applies.
const unnamed = { runConfig: { model: undefined } };

describe('the default model on the wire', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('sends gpt-4.1 with no extra settings when OPENAI_DEFAULT_MODEL is not set', async () => {
    vi.stubEnv('OPENAI_DEFAULT_MODEL', '');
    const wire = await startWire(unnamed);
    await wire.runner.run(new Agent({ name: 'A' }), 'hello');
    const [body] = responsesBodies(wire.emulator);
    expect(body).toMatchObject({ model: 'gpt-4.1' });
    expect(body).not.toHaveProperty('reasoning');
    expect(body).not.toHaveProperty('text');
  });

  it('sends the model OPENAI_DEFAULT_MODEL names, with its GPT-5 default settings', async () => {
    vi.stubEnv('OPENAI_DEFAULT_MODEL', 'GPT-5');
    const wire = await startWire(unnamed);
    await wire.runner.run(new Agent({ name: 'A' }), 'hello');
    const [body] = responsesBodies(wire.emulator);
    expect(body).toMatchObject({
      model: 'gpt-5',
      reasoning: { effort: 'low' },
      text: { verbosity: 'low' },
    });
    expect(validator.validateRequest('CreateResponse', body)).toEqual([]);
  });

  it("lets the agent's settings and model name win over the default", async () => {
    vi.stubEnv('OPENAI_DEFAULT_MODEL', 'gpt-5');
    const wire = await startWire(unnamed);
    await wire.runner.run(
      new Agent({
        name: 'A',
        modelSettings: { reasoning: { effort: 'high' } },
      }),
      'hello',
    );
    await wire.runner.run(
      new Agent({ name: 'B', model: 'gpt-4.1-mini' }),
      'hello',
    );
    const [first, second] = responsesBodies(wire.emulator);
    expect(first).toMatchObject({
      model: 'gpt-5',
      reasoning: { effort: 'high' },
      text: { verbosity: 'low' },
    });
    expect(second).toMatchObject({ model: 'gpt-4.1-mini' });
    expect(second).not.toHaveProperty('reasoning');
  });
});
