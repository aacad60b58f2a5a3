import { expect, it } from 'vitest';
import { responsesBodies } from '../support/wire-setup.js';
import { describeParity } from './support/parity-sdks.js';

describeParity('model precedence', (parity) => {
  it("sends the agent's own model rather than the runner's", async () => {
    const { sdk, emulator } = parity();
    emulator.script({ text: 'Done.' });
    const agent = new sdk.Agent({ name: 'Assistant', model: 'agent-model' });
    await new sdk.Runner({ model: 'runner-model' }).run(agent, 'Hi');
    expect(responsesBodies(emulator)[0]?.model).toBe('agent-model');
  });

  it("sends the runner's model when the agent names none", async () => {
    const { sdk, emulator } = parity();
    emulator.script({ text: 'Done.' });
    const agent = new sdk.Agent({ name: 'Assistant' });
    await new sdk.Runner({ model: 'runner-model' }).run(agent, 'Hi');
    expect(responsesBodies(emulator)[0]?.model).toBe('runner-model');
  });
});

describeParity('model defaults', (parity) => {
  it('takes the default model name from OPENAI_DEFAULT_MODEL when nothing names one', async () => {
    const { sdk, emulator } = parity();
    emulator.script({ text: 'Done.' });
    process.env.OPENAI_DEFAULT_MODEL = 'gpt-4.1-nano';
    try {
      await sdk.run(new sdk.Agent({ name: 'Assistant' }), 'Hi');
    } finally {
      delete process.env.OPENAI_DEFAULT_MODEL;
    }
    expect(responsesBodies(emulator)[0]?.model).toBe('gpt-4.1-nano');
  });

  it("lets the agent's model settings win over the runner's, field by field", async () => {
    const { sdk, emulator } = parity();
    emulator.script({ text: 'Done.' });
    const agent = new sdk.Agent({
      name: 'Assistant',
      model: 'gpt-4.1-mini',
      modelSettings: { temperature: 0.2, maxTokens: 50 },
    });
    const runner = new sdk.Runner({
      modelSettings: { temperature: 0.9, topP: 0.5 },
    });
    await runner.run(agent, 'Hi');
    expect(responsesBodies(emulator)[0]).toMatchObject({
      temperature: 0.2,
      top_p: 0.5,
      max_output_tokens: 50,
    });
  });
});
