import { expect, it } from 'vitest';
import { z } from 'zod';
import { responsesBodies } from '../support/wire-setup.js';
import { describeParity, type Sdk } from './support/parity-sdks.js';

const Escalation = z.object({ reason: z.string() });

/** A triage agent with a lookup tool and a handoff named `escalate` (named, so default naming plays no part). */
function triageWithEscalation(
  sdk: Sdk,
  options: Omit<Parameters<Sdk['handoff']>[1] & object, 'toolNameOverride'>,
) {
  const lookup = sdk.tool({
    name: 'lookup',
    description: 'Looks up an order',
    parameters: z.object({ orderId: z.string() }),
    execute: ({ orderId }) => `Order ${orderId}: shipped`,
  });
  const escalation = new sdk.Agent({
    name: 'Escalation',
    model: 'gpt-4.1-mini',
    instructions: 'Calm the customer.',
  });
  const triage = new sdk.Agent({
    name: 'Triage',
    model: 'gpt-4.1-mini',
    tools: [lookup],
    handoffs: [
      sdk.handoff(escalation, { ...options, toolNameOverride: 'escalate' }),
    ],
  });
  return { triage, escalation };
}

const lookupThenEscalate = [
  { toolCalls: [{ name: 'lookup', arguments: { orderId: '42' } }] },
  { toolCalls: [{ name: 'escalate', arguments: { reason: 'late parcel' } }] },
  { text: 'I am sorry about the delay.' },
];

describeParity('handoffs', (parity) => {
  it("offers inputType's schema as the handoff tool's parameters and passes the parsed input to onHandoff", async () => {
    const { sdk, emulator } = parity();
    emulator.script(...lookupThenEscalate);
    const seen: unknown[] = [];
    const { triage, escalation } = triageWithEscalation(sdk, {
      inputType: Escalation,
      onHandoff: (_context: unknown, input: unknown) => {
        seen.push(input);
      },
    });
    const result = await sdk.run(triage, 'Where is my parcel?');
    const tools = responsesBodies(emulator)[0]?.tools as Array<{
      name: string;
      parameters: { properties?: object; required?: string[] };
    }>;
    expect(tools.find((t) => t.name === 'escalate')?.parameters).toMatchObject({
      properties: { reason: { type: 'string' } },
      required: ['reason'],
    });
    expect(seen).toEqual([{ reason: 'late parcel' }]);
    expect(result.lastAgent).toBe(escalation);
    expect(result.finalOutput).toBe('I am sorry about the delay.');
  });

  it("sends the next agent what the input filter returned, with that agent's instructions", async () => {
    const { sdk, emulator } = parity();
    emulator.script(...lookupThenEscalate);
    const { triage } = triageWithEscalation(sdk, {
      inputFilter: (data) => ({ ...data, preHandoffItems: [], newItems: [] }),
    });
    await sdk.run(triage, 'Where is my parcel?');
    const third = responsesBodies(emulator)[2];
    expect(third?.instructions).toBe('Calm the customer.');
    expect(third?.input).toMatchObject([
      { role: 'user', content: 'Where is my parcel?' },
    ]);
    expect(third?.input).toHaveLength(1);
  });

  it('gives the input filter the history, the items before and during the turn, and the run context', async () => {
    const { sdk, emulator } = parity();
    emulator.script(...lookupThenEscalate);
    const seen: Array<Record<string, unknown>> = [];
    const { triage } = triageWithEscalation(sdk, {
      inputFilter: (data) => {
        seen.push(data as unknown as Record<string, unknown>);
        return data;
      },
    });
    await sdk.run(triage, 'Where is my parcel?', {
      context: { userId: 'u1' },
    });
    expect(seen).toHaveLength(1);
    const data = seen[0] as {
      inputHistory: unknown;
      preHandoffItems: Array<{ type: string }>;
      newItems: Array<{ type: string }>;
      runContext?: { context?: unknown };
    };
    expect(data.inputHistory).toBe('Where is my parcel?');
    expect(data.preHandoffItems.map((item) => item.type)).toEqual([
      'tool_call_item',
      'tool_call_output_item',
    ]);
    expect(data.newItems.map((item) => item.type)).toEqual([
      'handoff_call_item',
      'handoff_output_item',
    ]);
    expect(data.runContext?.context).toEqual({ userId: 'u1' });
  });

  it('emits agent_updated_stream_event once, for the agent handed to, in a streamed run', async () => {
    const { sdk, emulator } = parity();
    emulator.script(...lookupThenEscalate);
    const { triage, escalation } = triageWithEscalation(sdk, {});
    const stream = await sdk.run(triage, 'Where is my parcel?', {
      stream: true,
    });
    const updated: unknown[] = [];
    for await (const event of stream)
      if (event.type === 'agent_updated_stream_event')
        updated.push(event.agent);
    expect(updated).toEqual([escalation]);
    expect(stream.finalOutput).toBe('I am sorry about the delay.');
  });
});
