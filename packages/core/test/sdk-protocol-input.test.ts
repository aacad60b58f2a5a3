import { describe, expect, it } from 'vitest';
import { Agent, handoff, run, type AgentInputItem } from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';

// SDK protocol items are typed loosely on purpose: they are what ported code passes in.
const sdk = (items: object[]) => items as AgentInputItem[];

describe('a run given SDK protocol input', () => {
  it('sends the model canonical wire items', async () => {
    const model = new FakeModel([text('ok')]);
    await run(
      new Agent({ name: 'A', model }),
      sdk([
        { role: 'user', content: 'weather?' },
        {
          type: 'function_call',
          callId: 'c1',
          name: 'weather',
          arguments: '{}',
        },
        {
          type: 'function_call_result',
          callId: 'c1',
          name: 'weather',
          status: 'completed',
          output: { type: 'text', text: 'sunny' },
        },
      ]),
    );
    expect(model.requests[0]!.input.slice(1)).toEqual([
      {
        type: 'function_call',
        call_id: 'c1',
        name: 'weather',
        arguments: '{}',
      },
      {
        type: 'function_call_output',
        call_id: 'c1',
        output: 'sunny',
        status: 'completed',
      },
    ]);
  });

  it('converts it once, so the result and handoff input filters see wire items', async () => {
    let filtered: unknown;
    const target = new Agent({
      name: 'target',
      model: new FakeModel([text('done')]),
    });
    const triage = new Agent({
      name: 'triage',
      model: new FakeModel([respond([call('transfer_to_target', {})])]),
      handoffs: [
        handoff(target, {
          inputFilter: (data) => {
            filtered = data.inputHistory;
            return data;
          },
        }),
      ],
    });
    const input = sdk([
      { type: 'function_call', callId: 'c1', name: 'weather', arguments: '{}' },
      {
        type: 'function_call_result',
        callId: 'c1',
        name: 'weather',
        status: 'completed',
        output: 'sunny',
      },
    ]);
    const result = await run(triage, input);
    const expected = [
      {
        type: 'function_call',
        call_id: 'c1',
        name: 'weather',
        arguments: '{}',
      },
      { type: 'function_call_output', call_id: 'c1', output: 'sunny' },
    ];
    expect(filtered).toMatchObject(expected);
    expect(result.input).toMatchObject(expected);
  });
});
