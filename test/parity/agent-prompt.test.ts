import { expect, it } from 'vitest';
import { responsesBodies } from '../support/wire-setup.js';
import { describeParity } from './support/parity-sdks.js';

describeParity('agent prompt', (parity) => {
  it("sends the agent's prompt as the request's prompt, beside its instructions", async () => {
    const { sdk, emulator } = parity();
    emulator.script({ text: 'Bonjour !' });
    const agent = new sdk.Agent({
      name: 'Greeter',
      model: 'gpt-4.1-mini',
      instructions: 'Be brief.',
      prompt: {
        promptId: 'pmpt_123',
        version: '2',
        variables: { city: 'Paris' },
      },
    });
    await sdk.run(agent, 'Hi');
    expect(responsesBodies(emulator)[0]).toMatchObject({
      instructions: 'Be brief.',
      prompt: { id: 'pmpt_123', version: '2', variables: { city: 'Paris' } },
    });
  });

  it('resolves a prompt given as a function of the run context', async () => {
    const { sdk, emulator } = parity();
    emulator.script({ text: 'Bonjour !' });
    const agent = new sdk.Agent<{ city: string }>({
      name: 'Greeter',
      model: 'gpt-4.1-mini',
      prompt: ({ context }) => ({
        promptId: 'pmpt_456',
        variables: { city: context.city },
      }),
    });
    await sdk.run(agent, 'Hi', { context: { city: 'Lyon' } });
    expect(responsesBodies(emulator)[0]?.prompt).toEqual({
      id: 'pmpt_456',
      variables: { city: 'Lyon' },
    });
  });

  it('leaves the model to the stored prompt when neither the agent nor the runner names one', async () => {
    const { sdk, emulator } = parity();
    emulator.script({ text: 'Bonjour !' });
    const agent = new sdk.Agent({
      name: 'Greeter',
      prompt: { promptId: 'pmpt_123' },
    });
    await sdk.run(agent, 'Hi');
    const [body] = responsesBodies(emulator);
    expect(body?.prompt).toMatchObject({ id: 'pmpt_123' });
    expect(body).not.toHaveProperty('model');
  });
});
