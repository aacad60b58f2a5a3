import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Agent, tool, type AgentOutputItem } from '@baton/core';
import { openAPIValidator } from './support/openapi-validator.js';
import { responsesBodies, wirePerTest } from './support/wire-setup.js';

const startWire = wirePerTest();
const validator = openAPIValidator();

const lookup = tool({
  name: 'lookup',
  description: 'Looks an order up',
  parameters: z.object({ orderId: z.string() }),
  execute: ({ orderId }) => `order ${orderId}: paid`,
});
const agent = new Agent({
  name: 'Billing',
  instructions: 'Help with orders.',
  tools: [lookup],
});

const reasoning = (text: string): AgentOutputItem =>
  ({
    type: 'reasoning',
    summary: [{ type: 'summary_text', text }],
  }) as AgentOutputItem;
const lookupCall = (orderId: string): AgentOutputItem => ({
  type: 'function_call',
  call_id: `call_${orderId}`,
  name: 'lookup',
  arguments: JSON.stringify({ orderId }),
  status: 'completed',
});

const types = (input: unknown) =>
  (input as Array<{ type?: string; role?: string }>).map((item) =>
    item.type === undefined || item.type === 'message' ? item.role : item.type,
  );

describe('server-side conversation state on the wire', () => {
  it('chains previousResponseId over three runs with tools, sending only new items each request', async () => {
    const wire = await startWire({ runConfig: { model: 'gpt-5' } });
    wire.emulator.script(
      { output: [reasoning('Look o-1 up.'), lookupCall('o-1')] },
      { text: 'o-1 is paid.' },
      { output: [reasoning('Look o-2 up.'), lookupCall('o-2')] },
      { text: 'o-2 is paid.' },
      { text: 'Goodbye.' },
    );
    const first = await wire.runner.run(agent, 'Is o-1 paid?');
    const second = await wire.runner.run(agent, 'And o-2?', {
      previousResponseId: first.lastResponseId,
    });
    const third = await wire.runner.run(agent, 'Bye', {
      previousResponseId: second.lastResponseId,
    });

    expect(third.finalOutput).toBe('Goodbye.');
    const bodies = responsesBodies(wire.emulator);
    for (const body of bodies)
      expect(validator.validateRequest('CreateResponse', body)).toEqual([]);
    expect(bodies.map((body) => body.previous_response_id)).toEqual([
      undefined,
      undefined,
      first.lastResponseId,
      second.rawResponses[0]!.responseId,
      second.lastResponseId,
    ]);
    expect(bodies.slice(2).map((body) => types(body.input))).toEqual([
      ['user'],
      ['function_call_output'],
      ['user'],
    ]);
  });

  it('adds every request of a run to a conversationId conversation, sending only what it lacks', async () => {
    const wire = await startWire({ runConfig: { model: 'gpt-5' } });
    const conversation = wire.emulator.conversations.create([
      { type: 'message', role: 'user', content: 'I am Ada.' },
    ]);
    wire.emulator.script(
      { output: [reasoning('Look o-1 up.'), lookupCall('o-1')] },
      { text: 'o-1 is paid.' },
      { text: 'You are Ada.' },
    );
    await wire.runner.run(agent, 'Is o-1 paid?', {
      conversationId: conversation.id,
    });
    const second = await wire.runner.run(agent, 'Who am I?', {
      conversationId: conversation.id,
    });

    expect(second.finalOutput).toBe('You are Ada.');
    const bodies = responsesBodies(wire.emulator);
    for (const body of bodies) {
      expect(validator.validateRequest('CreateResponse', body)).toEqual([]);
      expect(body.conversation).toBe(conversation.id);
      expect(body.previous_response_id).toBeUndefined();
    }
    expect(bodies.map((body) => types(body.input))).toEqual([
      ['user'],
      ['function_call_output'],
      ['user'],
    ]);
    expect(
      types(wire.emulator.conversations.get(conversation.id)!.items),
    ).toEqual([
      'user',
      'user',
      'reasoning',
      'function_call',
      'function_call_output',
      'assistant',
      'user',
      'assistant',
    ]);
  });
});
