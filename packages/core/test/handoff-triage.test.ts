import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Agent, handoff, removeAllTools, Runner, tool } from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';

describe('handoffs', () => {
  it('switch the agent, carry the history over and let the specialist answer', async () => {
    const billingModel = new FakeModel([text('Your invoice is paid.')]);
    const billing = new Agent({
      name: 'Billing agent',
      handoffDescription: 'Invoices',
      model: billingModel,
    });
    const triageModel = new FakeModel([
      respond([call('transfer_to_Billing_agent', {}, 'h1')]),
    ]);
    const triage = new Agent({
      name: 'Triage',
      model: triageModel,
      handoffs: [billing],
    });

    const result = await new Runner().run(triage, 'Is my invoice paid?');

    expect(result.finalOutput).toBe('Your invoice is paid.');
    expect(result.lastAgent).toBe(billing);
    expect(triageModel.requests[0]!.tools[0]).toMatchObject({
      name: 'transfer_to_Billing_agent',
      description: expect.stringContaining('Invoices'),
    });
    expect(result.newItems.map((item) => item.type)).toEqual([
      'handoff_call_item',
      'handoff_output_item',
      'message_output_item',
    ]);
    const sent = billingModel.requests[0]!.input;
    expect(sent[0]).toMatchObject({
      role: 'user',
      content: 'Is my invoice paid?',
    });
    expect(sent.at(-1)).toEqual({
      type: 'function_call_output',
      call_id: 'h1',
      output: '{"assistant":"Billing agent"}',
    });
  });

  it('take only the first handoff of a response and answer the others with an error output', async () => {
    const a = new Agent({ name: 'A', model: new FakeModel([text('from A')]) });
    const b = new Agent({ name: 'B', model: new FakeModel([]) });
    const triage = new Agent({
      name: 'Triage',
      handoffs: [a, b],
      model: new FakeModel([
        respond([
          call('transfer_to_A', {}, 'x'),
          call('transfer_to_B', {}, 'y'),
        ]),
      ]),
    });
    const result = await new Runner().run(triage, 'hi');
    expect(result.lastAgent).toBe(a);
    const ignored = result.newItems.find(
      (item) => item.type === 'tool_call_output_item',
    );
    expect(ignored?.rawItem).toMatchObject({
      call_id: 'y',
      output: expect.stringContaining('Only one handoff'),
    });
  });

  it('pass typed input to onHandoff, and bounce invalid input back to the model without switching', async () => {
    const seen: unknown[] = [];
    const refunds = new Agent({
      name: 'Refunds',
      model: new FakeModel([text('refunded')]),
    });
    const triage = new Agent({
      name: 'Triage',
      handoffs: [
        handoff(refunds, {
          inputType: z.object({ reason: z.string() }),
          onHandoff: (_ctx, input) => {
            seen.push(input);
          },
        }),
      ],
      model: new FakeModel([
        respond([call('transfer_to_Refunds', { reason: 7 })]),
        respond([call('transfer_to_Refunds', { reason: 'broken' })]),
      ]),
    });
    const result = await new Runner().run(triage, 'refund please');
    expect(seen).toEqual([{ reason: 'broken' }]);
    expect(result.finalOutput).toBe('refunded');
    expect(result.newItems[1]!.rawItem).toMatchObject({
      output: expect.stringContaining('was not made'),
    });
  });

  it('apply the removeAllTools input filter so the next agent sees only messages', async () => {
    const lookup = tool({
      name: 'lookup',
      description: '',
      parameters: z.object({}),
      execute: () => 'found',
    });
    const nextModel = new FakeModel([text('done')]);
    const next = new Agent({ name: 'Next', model: nextModel });
    const triage = new Agent({
      name: 'Triage',
      tools: [lookup],
      handoffs: [handoff(next, { inputFilter: removeAllTools })],
      model: new FakeModel([
        respond([call('lookup', {})]),
        respond([call('transfer_to_Next', {})]),
      ]),
    });
    await new Runner().run(triage, 'hello');
    expect(nextModel.requests[0]!.input).toEqual([
      { type: 'message', role: 'user', content: 'hello' },
    ]);
  });

  it('offer only the handoffs and tools whose isEnabled holds', async () => {
    const model = new FakeModel([text('ok')]);
    const hidden = new Agent({ name: 'Hidden' });
    const shown = new Agent({ name: 'Shown' });
    const off = tool({
      name: 'off',
      description: '',
      parameters: z.object({}),
      isEnabled: () => false,
      execute: () => '',
    });
    const agent = new Agent({
      name: 'T',
      model,
      tools: [off],
      handoffs: [handoff(hidden, { isEnabled: false }), shown],
    });
    await new Runner().run(agent, 'x');
    expect(
      model.requests[0]!.tools.map((definition) => definition.name),
    ).toEqual(['transfer_to_Shown']);
  });
});
