import { expect, it } from 'vitest';
import { z } from 'zod';
import { responsesBodies } from '../support/wire-setup.js';
import { describeParity } from './support/parity-sdks.js';

function offeredToolNames(
  body: Record<string, unknown> | undefined,
): unknown[] {
  return ((body?.tools as Array<{ name?: string }>) ?? []).map((t) => t.name);
}

describeParity('tool names', (parity) => {
  it('names the default handoff tool transfer_to_ plus the agent name, keeping its case', async () => {
    const { sdk, emulator } = parity();
    emulator.script({ text: 'Staying here.' });
    const billing = new sdk.Agent({ name: 'Billing agent' });
    const triage = new sdk.Agent({
      name: 'Triage',
      model: 'gpt-4.1-mini',
      handoffs: [billing],
    });
    await sdk.run(triage, 'Hi');
    expect(offeredToolNames(responsesBodies(emulator)[0])).toEqual([
      'transfer_to_Billing_agent',
    ]);
  });

  it('exposes the same default on the handoff object', () => {
    const { sdk } = parity();
    const handoff = sdk.handoff(new sdk.Agent({ name: 'Billing agent' }));
    expect(handoff.toolName).toBe('transfer_to_Billing_agent');
  });

  it('replaces every character outside letters and digits in a handoff tool name with an underscore', () => {
    const { sdk } = parity();
    const handoff = sdk.handoff(
      new sdk.Agent({ name: 'Refunds & returns-EU' }),
    );
    expect(handoff.toolName).toBe('transfer_to_Refunds___returns_EU');
  });

  it('sanitises a function tool name with spaces and punctuation instead of rejecting it', async () => {
    const { sdk, emulator } = parity();
    emulator.script({ text: 'No call needed.' });
    const weather = sdk.tool({
      name: 'get weather-now!',
      description: 'Weather for a city',
      parameters: z.object({ city: z.string() }),
      execute: ({ city }) => `Sunny in ${city}`,
    });
    expect(weather.name).toBe('get_weather_now_');
    const agent = new sdk.Agent({
      name: 'Assistant',
      model: 'gpt-4.1-mini',
      tools: [weather],
    });
    await sdk.run(agent, 'Weather in Paris?');
    expect(offeredToolNames(responsesBodies(emulator)[0])).toEqual([
      'get_weather_now_',
    ]);
  });

  it('calls the tool the model names by its sanitised name', async () => {
    const { sdk, emulator } = parity();
    emulator.script(
      { toolCalls: [{ name: 'get_weather', arguments: { city: 'Paris' } }] },
      { text: 'It is sunny.' },
    );
    const weather = sdk.tool({
      name: 'get weather',
      description: 'Weather for a city',
      parameters: z.object({ city: z.string() }),
      execute: ({ city }) => `Sunny in ${city}`,
    });
    const agent = new sdk.Agent({
      name: 'Assistant',
      model: 'gpt-4.1-mini',
      tools: [weather],
    });
    const result = await sdk.run(agent, 'Weather in Paris?');
    expect(result.finalOutput).toBe('It is sunny.');
    const second = responsesBodies(emulator)[1]?.input as Array<{
      type?: string;
      output?: unknown;
    }>;
    expect(
      second.find((item) => item.type === 'function_call_output')?.output,
    ).toBe('Sunny in Paris');
  });
});
