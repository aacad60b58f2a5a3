import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  MemoryRunStateLedger,
  RunState,
  RunStateReplayError,
  RunToolApprovalItem,
  Runner,
  tool,
  UserError,
  type FunctionCallOutputItem,
  type RunStreamEvent,
} from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';

function refundAgent(model: FakeModel, ran: string[]) {
  const refund = tool({
    name: 'refund',
    description: 'Refunds an order',
    parameters: z.object({ orderId: z.string() }),
    needsApproval: true,
    execute: ({ orderId }) => {
      ran.push(`refund:${orderId}`);
      return `refunded ${orderId}`;
    },
  });
  const lookup = tool({
    name: 'lookup',
    description: 'Looks an order up',
    parameters: z.object({ orderId: z.string() }),
    execute: ({ orderId }) => {
      ran.push(`lookup:${orderId}`);
      return `order ${orderId}: paid`;
    },
  });
  return new Agent({ name: 'Billing', tools: [refund, lookup], model });
}

function outputsOf(model: FakeModel, index: number) {
  return model.requests[index]!.input.filter(
    (item): item is FunctionCallOutputItem =>
      item.type === 'function_call_output',
  );
}

describe('tools that need approval', () => {
  it('stops the run with an interruption, while the calls that need none still run', async () => {
    const ran: string[] = [];
    const model = new FakeModel([
      respond([
        call('refund', { orderId: 'o-1' }, 'call_refund'),
        call('lookup', { orderId: 'o-1' }, 'call_lookup'),
      ]),
    ]);

    const result = await new Runner().run(refundAgent(model, ran), 'refund');

    expect(ran).toEqual(['lookup:o-1']);
    expect(result.finalOutput).toBeUndefined();
    expect(result.interruptions).toHaveLength(1);
    const [approval] = result.interruptions;
    expect(approval).toBeInstanceOf(RunToolApprovalItem);
    expect(approval!.name).toBe('refund');
    expect(approval!.arguments).toBe('{"orderId":"o-1"}');
    expect(approval!.agent.name).toBe('Billing');
    expect(result.newItems.map((item) => item.type)).toEqual([
      'tool_call_item',
      'tool_call_item',
      'tool_call_output_item',
      'tool_approval_item',
    ]);
    // The approval item stands for a call the conversation already has.
    expect(
      result.history.filter((item) => item.type === 'function_call'),
    ).toHaveLength(2);
  });

  it('runs an approved call once on resume, without calling the model for that turn again', async () => {
    const ran: string[] = [];
    const model = new FakeModel([
      respond([
        call('refund', { orderId: 'o-1' }, 'call_refund'),
        call('lookup', { orderId: 'o-1' }, 'call_lookup'),
      ]),
      text('Refunded.'),
    ]);
    const agent = refundAgent(model, ran);
    const runner = new Runner();
    const first = await runner.run(agent, 'refund');

    first.state.approve(first.interruptions[0]!);
    const resumed = await runner.run(agent, first.state);

    expect(resumed.finalOutput).toBe('Refunded.');
    expect(ran).toEqual(['lookup:o-1', 'refund:o-1']);
    expect(model.requests).toHaveLength(2);
    expect(outputsOf(model, 1).map((item) => item.call_id)).toEqual([
      'call_lookup',
      'call_refund',
    ]);
    expect(resumed.interruptions).toEqual([]);
    expect(resumed.state.currentTurn).toBe(2);
    expect(resumed.state.sequence).toBe(1);
    expect(
      resumed.newItems.some((item) => item.type === 'tool_approval_item'),
    ).toBe(false);
  });

  it('sends the rejection message to the model instead of running a rejected call', async () => {
    const ran: string[] = [];
    const model = new FakeModel([
      respond([call('refund', { orderId: 'o-1' }, 'call_refund')]),
      text('I could not refund it.'),
    ]);
    const agent = refundAgent(model, ran);
    const first = await new Runner().run(agent, 'refund');

    first.state.reject(first.interruptions[0]!, {
      message: 'A manager declined the refund.',
    });
    const resumed = await new Runner().run(agent, first.state);

    expect(ran).toEqual([]);
    expect(resumed.finalOutput).toBe('I could not refund it.');
    expect(outputsOf(model, 1)).toEqual([
      {
        type: 'function_call_output',
        call_id: 'call_refund',
        output: 'A manager declined the refund.',
      },
    ]);
  });

  it("tells the model the SDK's default text for a rejection without a message", async () => {
    const model = new FakeModel([
      respond([call('refund', { orderId: 'o-1' }, 'call_refund')]),
      text('ok'),
    ]);
    const agent = refundAgent(model, []);
    const first = await new Runner().run(agent, 'refund');
    first.state.reject(first.interruptions[0]!);
    await new Runner().run(agent, first.state);

    expect(outputsOf(model, 1)[0]!.output).toBe(
      'Tool execution was not approved.',
    );
  });

  it('approves later calls of a tool approved with alwaysApprove', async () => {
    const ran: string[] = [];
    const model = new FakeModel([
      respond([call('refund', { orderId: 'o-1' })]),
      respond([call('refund', { orderId: 'o-2' })]),
      text('Both refunded.'),
    ]);
    const agent = refundAgent(model, ran);
    const first = await new Runner().run(agent, 'refund both');

    first.state.approve(first.interruptions[0]!, { alwaysApprove: true });
    const resumed = await new Runner().run(agent, first.state);

    expect(resumed.finalOutput).toBe('Both refunded.');
    expect(ran).toEqual(['refund:o-1', 'refund:o-2']);
  });

  it('stops again for a later call when only the one call was approved', async () => {
    const ran: string[] = [];
    const model = new FakeModel([
      respond([call('refund', { orderId: 'o-1' })]),
      respond([call('refund', { orderId: 'o-2' })]),
    ]);
    const agent = refundAgent(model, ran);
    const first = await new Runner().run(agent, 'refund both');

    first.state.approve(first.interruptions[0]!);
    const second = await new Runner().run(agent, first.state);

    expect(ran).toEqual(['refund:o-1']);
    expect(second.interruptions.map((item) => item.arguments)).toEqual([
      '{"orderId":"o-2"}',
    ]);
  });

  it('asks a needsApproval function with the parsed arguments and the call id', async () => {
    const asked: unknown[] = [];
    const transfer = tool({
      name: 'transfer',
      description: 'Moves money',
      parameters: z.object({ amount: z.number() }),
      needsApproval: (_context, { amount }, callId) => {
        asked.push([amount, callId]);
        return amount > 100;
      },
      execute: ({ amount }) => `moved ${amount}`,
    });
    const model = new FakeModel([
      respond([
        call('transfer', { amount: 20 }, 'call_small'),
        call('transfer', { amount: 500 }, 'call_big'),
      ]),
    ]);
    const agent = new Agent({ name: 'Bank', tools: [transfer], model });

    const result = await new Runner().run(agent, 'pay');

    expect(asked).toEqual([
      [20, 'call_small'],
      [500, 'call_big'],
    ]);
    expect(result.interruptions.map((item) => item.rawItem.call_id)).toEqual([
      'call_big',
    ]);
    expect(
      result.newItems
        .filter((item) => item.type === 'tool_call_output_item')
        .map((item) => item.rawItem.call_id),
    ).toEqual(['call_small']);
  });

  it('takes a handoff asked for beside a waiting call only once the call is decided', async () => {
    const ran: string[] = [];
    const support = new Agent({
      name: 'Support',
      model: new FakeModel([text('Support here.')]),
    });
    const model = new FakeModel([
      respond([
        call('refund', { orderId: 'o-1' }, 'call_refund'),
        call('transfer_to_Support', {}, 'call_handoff'),
      ]),
    ]);
    const billing = refundAgent(model, ran).clone({ handoffs: [support] });
    const first = await new Runner().run(billing, 'refund, then support');

    expect(first.state.currentAgent).toBe(billing);
    first.state.approve(first.interruptions[0]!);
    const resumed = await new Runner().run(billing, first.state);

    expect(ran).toEqual(['refund:o-1']);
    expect(resumed.lastAgent).toBe(support);
    expect(resumed.finalOutput).toBe('Support here.');
  });

  it('streams the interruption as a tool_approval_requested event, and resumes streamed', async () => {
    const model = new FakeModel([
      respond([call('refund', { orderId: 'o-1' })]),
      text('Refunded.'),
    ]);
    const agent = refundAgent(model, []);
    const first = await new Runner().run(agent, 'refund', { stream: true });
    const names: string[] = [];
    for await (const event of first)
      if (event.type === 'run_item_stream_event') names.push(event.name);
    await first.completed;

    expect(names).toEqual(['tool_called', 'tool_approval_requested']);
    expect(first.interruptions).toHaveLength(1);

    first.state.approve(first.interruptions[0]!);
    const resumed = await new Runner().run(agent, first.state, {
      stream: true,
    });
    const events: RunStreamEvent[] = [];
    for await (const event of resumed) events.push(event);
    await resumed.completed;
    expect(resumed.finalOutput).toBe('Refunded.');
    expect(
      events
        .filter((event) => event.type === 'run_item_stream_event')
        .map((event) => event.name),
    ).toEqual(['tool_output', 'message_output_created']);
  });

  it('refuses to resume a finished run', async () => {
    const agent = new Agent({
      name: 'Echo',
      model: new FakeModel([text('done')]),
    });
    const result = await new Runner().run(agent, 'hi');

    await expect(new Runner().run(agent, result.state)).rejects.toThrow(
      UserError,
    );
  });

  it('refuses to run one state twice at once', async () => {
    let release!: () => void;
    const slow = tool({
      name: 'slow',
      description: 'Slow',
      parameters: z.object({}),
      execute: () =>
        new Promise<string>((resolve) => (release = () => resolve('ok'))),
    });
    const model = new FakeModel([
      respond([call('refund', { orderId: 'o-1' }), call('slow', {})]),
    ]);
    const agent = refundAgent(model, []).clone({
      tools: [...refundAgent(model, []).tools, slow],
    });
    const first = new Runner().run(agent, 'go');
    await vi.waitFor(() => expect(release).toBeDefined());
    release();
    const stopped = await first;
    stopped.state.approve(stopped.interruptions[0]!);
    model.requests.length = 0;

    const running = new Runner().run(agent, stopped.state);
    await expect(new Runner().run(agent, stopped.state)).rejects.toThrow(
      /already being run/,
    );
    await running.catch(() => {});
  });
});

describe('resuming signed states', () => {
  const secret = 'approval-test-secret-0123456789abcdef';

  async function interruptedText() {
    const model = new FakeModel([
      respond([call('refund', { orderId: 'o-1' }, 'call_refund')]),
    ]);
    const result = await new Runner().run(refundAgent(model, []), 'refund');
    return result.state.toString({ secret });
  }

  it('refuses a second resume of the same signed state, so an approved call cannot run twice', async () => {
    const ran: string[] = [];
    const text1 = await interruptedText();
    const agent = refundAgent(
      new FakeModel([text('Refunded.'), text('Refunded again.')]),
      ran,
    );
    const ledger = new MemoryRunStateLedger();

    const state = await RunState.fromString(agent, text1, { secret, ledger });
    state.approve(state.interruptions[0]!);
    const approvedText = state.toString({ secret });
    await new Runner().run(agent, state);

    const replayed = await RunState.fromString(agent, approvedText, {
      secret,
      ledger,
    });
    const error = await new Runner().run(agent, replayed).catch((e) => e);

    expect(RunStateReplayError.isInstance(error)).toBe(true);
    expect(error.sequence).toBe(0);
    expect(ran).toEqual(['refund:o-1']);
  });

  it('accepts the state a resumed run stopped in next, each decision used up by its call', async () => {
    const model = new FakeModel([
      respond([call('refund', { orderId: 'o-1' }, 'call_1')]),
      respond([call('refund', { orderId: 'o-2' }, 'call_2')]),
      text('done'),
    ]);
    const ran: string[] = [];
    const agent = refundAgent(model, ran);
    const ledger = new MemoryRunStateLedger();
    const first = await new Runner().run(agent, 'refund two');

    let saved = first.state.toString({ secret });
    for (let round = 0; round < 2; round += 1) {
      const state = await RunState.fromString(agent, saved, { secret, ledger });
      expect(state.sequence).toBe(round);
      state.approve(state.interruptions[0]!);
      const result = await new Runner().run(agent, state);
      saved = result.state.toString({ secret });
    }

    expect(ran).toEqual(['refund:o-1', 'refund:o-2']);
    const final = await RunState.fromString(agent, saved, { secret });
    expect(final.finalOutput).toBe('done');
    expect(
      final.context.isToolApproved({ toolName: 'refund', callId: 'call_1' }),
    ).toBeUndefined();
  });

  it('refuses the saved copy of a live state that was resumed already, through the runner ledger', async () => {
    const ran: string[] = [];
    const model = new FakeModel([
      respond([call('refund', { orderId: 'o-1' }, 'call_refund')]),
      text('Refunded.'),
      text('Refunded again.'),
    ]);
    const agent = refundAgent(model, ran);
    const runner = new Runner({ runStateLedger: new MemoryRunStateLedger() });
    const first = await runner.run(agent, 'refund');
    first.state.approve(first.interruptions[0]!);
    const saved = first.state.toString({ secret });

    await runner.run(agent, first.state);
    const copy = await RunState.fromString(agent, saved, { secret });
    const error = await runner.run(agent, copy).catch((e: unknown) => e);

    expect(RunStateReplayError.isInstance(error)).toBe(true);
    expect(ran).toEqual(['refund:o-1']);
  });
});

describe('decisions on one call', () => {
  it('are used once: a later call that reuses the id is asked about again', async () => {
    const ran: string[] = [];
    const model = new FakeModel([
      respond([call('refund', { orderId: 'o-1' }, 'call_0')]),
      respond([call('refund', { orderId: 'o-999' }, 'call_0')]),
    ]);
    const agent = refundAgent(model, ran);
    const first = await new Runner().run(agent, 'refund');
    first.state.approve(first.interruptions[0]!);

    const second = await new Runner().run(agent, first.state);

    expect(ran).toEqual(['refund:o-1']);
    expect(second.interruptions.map((item) => item.arguments)).toEqual([
      '{"orderId":"o-999"}',
    ]);
    expect(second.interruptions[0]!.callId).toBe('call_0');
  });
});

describe('MemoryRunStateLedger', () => {
  it('accepts each sequence of a run once, and only increasing ones', () => {
    const ledger = new MemoryRunStateLedger();
    expect(ledger.claim('run-a', 0)).toBe(true);
    expect(ledger.claim('run-a', 0)).toBe(false);
    expect(ledger.claim('run-b', 0)).toBe(true);
    expect(ledger.claim('run-a', 2)).toBe(true);
    expect(ledger.claim('run-a', 1)).toBe(false);
  });

  it('forgets the run claimed longest ago beyond maxRuns', () => {
    const ledger = new MemoryRunStateLedger({ maxRuns: 2 });
    ledger.claim('run-a', 0);
    ledger.claim('run-b', 0);
    ledger.claim('run-a', 1);
    ledger.claim('run-c', 0);

    expect(ledger.claim('run-a', 1)).toBe(false);
    expect(ledger.claim('run-b', 0)).toBe(true);
  });
});
