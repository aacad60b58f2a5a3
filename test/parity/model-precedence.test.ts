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
