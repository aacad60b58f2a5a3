import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  handoff,
  removeAllTools,
  ModelRefusalError,
  Runner,
  tool,
  UnsupportedItemError,
  UserError,
  type AgentOutputItem,
} from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';

const lookup = tool({
  name: 'lookup',
  description: '',
  parameters: z.object({}),
  execute: () => ({ found: true }),
});

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the run to fail');
    },
    (error: unknown) => error,
  );
}

describe('items Baton cannot answer yet', () => {
  it.each([
    ['computer_call', 'computer use'],
    ['local_shell_call', 'local shell'],
    ['custom_tool_call', 'custom'],
    ['mcp_approval_request', 'hosted MCP approvals'],
  ])(
    'end the run with UnsupportedItemError on a %s instead of sending it back unanswered',
    async (type, capability) => {
      const item = { type, id: 'x_1', call_id: 'c_1' } as AgentOutputItem;
      const model = new FakeModel([respond([item]), text('never asked')]);
      const error = await failureOf(
        new Runner().run(new Agent({ name: 'a', model }), 'go'),
      );
      expect(UnsupportedItemError.isInstance(error)).toBe(true);
      expect((error as Error).message).toContain(capability);
      expect((error as UnsupportedItemError).itemType).toBe(type);
      expect(
        (error as UnsupportedItemError).state?.generatedItems[0]?.rawItem,
      ).toBe(item);
      expect(model.requests).toHaveLength(1);
    },
  );

  it('let hosted calls the provider answered through, and take the message as final', async () => {
    const model = new FakeModel([
      respond([
        { type: 'web_search_call', id: 'ws_1', status: 'completed' },
        text('found it').output[0]!,
      ]),
    ]);
    const result = await new Runner().run(
      new Agent({ name: 'a', model }),
      'go',
    );
    expect(result.finalOutput).toBe('found it');
    expect(result.newItems.map((item) => item.type)).toEqual([
      'tool_call_item',
      'message_output_item',
    ]);
  });
});

describe('stop_on_first_tool', () => {
  it("never makes an unknown tool's error message the final output", async () => {
    const model = new FakeModel([
      respond([call('missing', {}), call('lookup', {})]),
    ]);
    const agent = new Agent({
      name: 'a',
      model,
      tools: [lookup],
      toolUseBehavior: 'stop_on_first_tool',
    });
    const result = await new Runner().run(agent, 'go');
    expect(result.finalOutput).toBe('{"found":true}');
  });

  it('runs the model again when every call was to an unknown tool', async () => {
    const model = new FakeModel([
      respond([call('missing', {})]),
      text('recovered'),
    ]);
    const agent = new Agent({
      name: 'a',
      model,
      tools: [lookup],
      toolUseBehavior: 'stop_on_first_tool',
    });
    const result = await new Runner().run(agent, 'go');
    expect(result.finalOutput).toBe('recovered');
  });
});

describe('handoffs that are not made', () => {
  it('are never told to the model as taken', async () => {
    const target = new Agent({ name: 'target', model: new FakeModel([]) });
    const other = new Agent({ name: 'other', model: new FakeModel([]) });
    const model = new FakeModel([
      respond([
        call('transfer_to_target', { reason: 7 }, 'h1'),
        call('transfer_to_other', {}, 'h2'),
      ]),
      text('stayed'),
    ]);
    const triage = new Agent({
      name: 'triage',
      model,
      handoffs: [
        handoff(target, { inputType: z.object({ reason: z.string() }) }),
        other,
      ],
    });
    const result = await new Runner().run(triage, 'go');
    expect(result.finalOutput).toBe('stayed');
    expect(result.lastAgent).toBe(triage);
    const outputs = model.requests[1]!.input.filter(
      (item) => item.type === 'function_call_output',
    ) as Array<{ call_id: string; output: string }>;
    const byCall = Object.fromEntries(
      outputs.map((o) => [o.call_id, o.output]),
    );
    expect(byCall.h1).toMatch(/was not made/);
    expect(byCall.h2).toMatch(/was not made/);
    expect(Object.values(byCall).join(' ')).not.toMatch(/was taken/);
  });
});

describe('removeAllTools', () => {
  it('drops reasoning with the tool calls, so no reasoning item reaches the next agent without its follower', async () => {
    const targetModel = new FakeModel([text('done')]);
    const target = new Agent({ name: 'target', model: targetModel });
    const triage = new Agent({
      name: 'triage',
      model: new FakeModel([
        respond([
          { type: 'reasoning', id: 'rs_1', summary: [] },
          call('transfer_to_target', {}),
        ]),
      ]),
      handoffs: [handoff(target, { inputFilter: removeAllTools })],
    });
    await new Runner().run(triage, 'go');
    expect(targetModel.requests[0]!.input.map((item) => item.type)).toEqual([
      'message',
    ]);
  });
});

describe('previousResponseId', () => {
  it('rejects a handoff input filter with a UserError, since the server keeps the history', async () => {
    const target = new Agent({ name: 'target', model: new FakeModel([]) });
    const triage = new Agent({
      name: 'triage',
      model: new FakeModel([respond([call('transfer_to_target', {})])]),
      handoffs: [handoff(target, { inputFilter: (data) => data })],
    });
    const error = await failureOf(
      new Runner().run(triage, 'go', { previousResponseId: 'resp_0' }),
    );
    expect(UserError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/previousResponseId/);
  });

  it("keeps sending the user's input while the model returns no response id", async () => {
    const noId = { ...respond([call('lookup', {})]), responseId: undefined };
    const model = new FakeModel([noId, text('done')]);
    const agent = new Agent({ name: 'a', model, tools: [lookup] });
    await new Runner().run(agent, 'the question', {
      previousResponseId: 'resp_0',
    });
    const second = model.requests[1]!;
    expect(second.previousResponseId).toBe('resp_0');
    expect(second.input[0]).toMatchObject({ content: 'the question' });
    expect(second.input.map((item) => item.type)).toEqual([
      'message',
      'function_call',
      'function_call_output',
    ]);
  });
});

describe('refusals', () => {
  it('end the run with ModelRefusalError carrying the refusal text', async () => {
    const model = new FakeModel([
      respond([
        {
          type: 'message',
          id: 'msg_r',
          role: 'assistant',
          status: 'completed',
          content: [{ type: 'refusal', refusal: 'I cannot help with that.' }],
        },
      ]),
    ]);
    const error = await failureOf(
      new Runner().run(new Agent({ name: 'a', model }), 'go'),
    );
    expect(ModelRefusalError.isInstance(error)).toBe(true);
    expect((error as ModelRefusalError).refusal).toBe(
      'I cannot help with that.',
    );
    expect((error as ModelRefusalError).state?.currentTurn).toBe(1);
  });
});
