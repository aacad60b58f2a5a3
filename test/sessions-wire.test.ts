import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  MemorySession,
  RunState,
  tool,
  type AgentInputItem,
  type AgentOutputItem,
} from '@baton/core';
import type { EmulatorRequest } from '@baton/testing';
import { openAPIValidator } from './support/openapi-validator.js';
import { responsesBodies, wirePerTest } from './support/wire-setup.js';

const startWire = wirePerTest();
const validator = openAPIValidator();

const refund = tool({
  name: 'refund',
  description: 'Refunds an order',
  parameters: z.object({ orderId: z.string() }),
  needsApproval: true,
  execute: ({ orderId }) => `refunded ${orderId}`,
});
const lookup = tool({
  name: 'lookup',
  description: 'Looks an order up',
  parameters: z.object({ orderId: z.string() }),
  execute: ({ orderId }) => `order ${orderId}: paid`,
});
const agent = new Agent({
  name: 'Billing',
  instructions: 'Help with orders.',
  tools: [refund, lookup],
});

const reasoning = (text: string): AgentOutputItem =>
  ({
    type: 'reasoning',
    summary: [{ type: 'summary_text', text }],
  }) as AgentOutputItem;
const lookupCall = (callId: string): AgentOutputItem => ({
  type: 'function_call',
  call_id: callId,
  name: 'lookup',
  arguments: '{"orderId":"o-1"}',
  status: 'completed',
});
const answer = (text: string): AgentOutputItem => ({
  type: 'message',
  role: 'assistant',
  status: 'completed',
  content: [{ type: 'output_text', text, annotations: [] }],
});

/** Each item as a short label: `user:hi`, `assistant:Noted`, `function_call:lookup`, `reasoning`. */
function labels(items: unknown): string[] {
  return (items as Array<Record<string, any>>).map((item) => {
    if (item.type === 'function_call') return `function_call:${item.name}`;
    if (item.type && item.type !== 'message') return item.type as string;
    const content =
      typeof item.content === 'string'
        ? item.content
        : item.content.map((part: { text: string }) => part.text).join('');
    return `${item.role}:${content}`;
  });
}

function expectValidBodies(bodies: Array<Record<string, unknown>>) {
  for (const body of bodies)
    expect(validator.validateRequest('CreateResponse', body)).toEqual([]);
}

/** The text of the request's last user message. */
function lastUserText(request: EmulatorRequest): string {
  const input = (request.body as { input: AgentInputItem[] }).input;
  const last = labels(input)
    .filter((label) => label.startsWith('user:'))
    .at(-1)!;
  return last.slice('user:'.length);
}

describe('sessions on the wire', () => {
  it('let a second run send what the first one said, ids and all', async () => {
    const wire = await startWire();
    wire.emulator.script({ text: 'Noted: 7.' }, { text: 'You said 7.' });
    const session = new MemorySession();
    await wire.runner.run(agent, 'Remember 7.', { session });
    const second = await wire.runner.run(agent, 'What number?', { session });

    expect(second.finalOutput).toBe('You said 7.');
    const bodies = responsesBodies(wire.emulator);
    expectValidBodies(bodies);
    expect(labels(bodies[1]!.input)).toEqual([
      'user:Remember 7.',
      'assistant:Noted: 7.',
      'user:What number?',
    ]);
    expect(labels(await session.getItems())).toEqual([
      ...labels(bodies[1]!.input),
      'assistant:You said 7.',
    ]);
  });

  it('hold a stopped run’s call, and its resume in another state adds only the rest', async () => {
    const wire = await startWire();
    wire.emulator.script(
      {
        toolCalls: [
          { name: 'refund', arguments: { orderId: 'o-1' }, callId: 'c1' },
        ],
      },
      { text: 'Refunded.' },
    );
    const session = new MemorySession();
    const stopped = await wire.runner.run(agent, 'Refund o-1', { session });
    expect(stopped.interruptions).toHaveLength(1);
    expect(labels(await session.getItems())).toEqual([
      'user:Refund o-1',
      'function_call:refund',
    ]);

    const state = await RunState.fromString(agent, stopped.state.toString());
    state.approve(state.interruptions[0]!);
    const resumed = await wire.runner.run(agent, state, { session });

    expect(resumed.finalOutput).toBe('Refunded.');
    expect(labels(await session.getItems())).toEqual([
      'user:Refund o-1',
      'function_call:refund',
      'function_call_output',
      'assistant:Refunded.',
    ]);
    expectValidBodies(responsesBodies(wire.emulator));
  });

  it('drop a stopped run’s unanswered call and its reasoning when a new run starts, so the API accepts it', async () => {
    const wire = await startWire({ runConfig: { model: 'gpt-5' } });
    wire.emulator.script(
      {
        output: [
          reasoning('Refund needs approval.'),
          {
            type: 'function_call',
            call_id: 'c1',
            name: 'refund',
            arguments: '{"orderId":"o-1"}',
            status: 'completed',
          },
        ],
      },
      { text: 'Anything else?' },
    );
    const session = new MemorySession();
    await wire.runner.run(agent, 'Refund o-1', { session });
    expect(labels(await session.getItems())).toEqual([
      'user:Refund o-1',
      'reasoning',
      'function_call:refund',
    ]);
    const next = await wire.runner.run(agent, 'Never mind.', { session });

    expect(next.finalOutput).toBe('Anything else?');
    expect(labels(responsesBodies(wire.emulator)[1]!.input)).toEqual([
      'user:Refund o-1',
      'user:Never mind.',
    ]);
  });

  it('add nothing of a run the API failed, and the next run sends the history as it was', async () => {
    const wire = await startWire({ maxRetries: 0 });
    const session = new MemorySession({
      initialItems: [{ type: 'message', role: 'user', content: 'Hello' }],
    });
    wire.emulator.fault({ kind: 'server_error', status: 500 });
    await expect(
      wire.runner.run(agent, 'Lost question', { session }),
    ).rejects.toThrow();
    expect(labels(await session.getItems())).toEqual(['user:Hello']);

    wire.emulator.script({ text: 'Hi!' });
    await wire.runner.run(agent, 'Again', { session });
    expect(labels(responsesBodies(wire.emulator)[1]!.input)).toEqual([
      'user:Hello',
      'user:Again',
    ]);
  });

  it('serialise 20 concurrent runs, streamed and not, into 20 whole turns', async () => {
    const wire = await startWire({ chunkDelayMs: 1 });
    wire.emulator.script(
      ...Array.from({ length: 20 }, () => (request: EmulatorRequest) => ({
        text: `Answer to ${lastUserText(request)}`,
      })),
    );
    const session = new MemorySession();
    await Promise.all(
      Array.from({ length: 20 }, async (_, index) => {
        const question = `question ${index}`;
        if (index % 2 === 0)
          return wire.runner.run(agent, question, { session });
        const streamed = await wire.runner.run(agent, question, {
          session,
          stream: true,
        });
        for await (const _event of streamed);
        return streamed.completed;
      }),
    );

    const history = labels(await session.getItems());
    expect(history).toHaveLength(40);
    for (let index = 0; index < 40; index += 2) {
      const question = history[index]!.slice('user:'.length);
      expect(history[index + 1]).toBe(`assistant:Answer to ${question}`);
    }
    const bodies = responsesBodies(wire.emulator);
    expect(bodies.map((body) => (body.input as unknown[]).length)).toEqual(
      Array.from({ length: 20 }, (_, turn) => turn * 2 + 1),
    );
    expectValidBodies(bodies);
  });

  it('leave out a tool answer that a history limit cut from its call, so the API accepts the request', async () => {
    const wire = await startWire({ runConfig: { model: 'gpt-5' } });
    wire.emulator.script(
      { output: [reasoning('Look it up.'), lookupCall('c1')] },
      { output: [reasoning('It is paid.'), answer('Order o-1 is paid.')] },
      { text: 'You are welcome.' },
    );
    const session = new MemorySession();
    await wire.runner.run(agent, 'Is o-1 paid?', { session });
    expect(labels(await session.getItems())).toEqual([
      'user:Is o-1 paid?',
      'reasoning',
      'function_call:lookup',
      'function_call_output',
      'reasoning',
      'assistant:Order o-1 is paid.',
    ]);

    await wire.runner.run(agent, 'Thanks', {
      session,
      sessionSettings: { limit: 3 },
    });
    const body = responsesBodies(wire.emulator)[2]!;
    expect(labels(body.input)).toEqual([
      'reasoning',
      'assistant:Order o-1 is paid.',
      'user:Thanks',
    ]);
    expectValidBodies([body]);
  });

  it('leave out reasoning whose answer a sessionInputCallback dropped, so the API accepts the request', async () => {
    const wire = await startWire({ runConfig: { model: 'gpt-5' } });
    wire.emulator.script(
      { output: [reasoning('Think.'), answer('A long answer.')] },
      { text: 'Short.' },
    );
    const session = new MemorySession();
    await wire.runner.run(agent, 'Explain.', { session });
    const withoutLastAnswer = (
      history: AgentInputItem[],
      newItems: AgentInputItem[],
    ) => [...history.slice(0, -1), ...newItems];
    const result = await wire.runner.run(agent, 'Shorter, please.', {
      session,
      sessionInputCallback: withoutLastAnswer,
    });

    expect(result.finalOutput).toBe('Short.');
    expect(labels(responsesBodies(wire.emulator)[1]!.input)).toEqual([
      'user:Explain.',
      'user:Shorter, please.',
    ]);
  });
});
