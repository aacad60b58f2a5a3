import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  MaxTurnsExceededError,
  MemorySession,
  OutputGuardrailTripwireTriggered,
  RunAbortedError,
  RunState,
  Runner,
  tool,
  UserError,
  type AgentInputItem,
  type ModelRequest,
  type Session,
  type SessionLease,
} from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';

const user = (content: string): AgentInputItem => ({
  type: 'message',
  role: 'user',
  content,
});

/** Each item as one short label: `user:hi`, `assistant:hello`, `call:refund`, `output:refunded o-1`. */
function labels(items: AgentInputItem[]): string[] {
  return items.map((item) => {
    const raw = item as Record<string, any>;
    if (raw.type === 'function_call') return `call:${raw.name}`;
    if (raw.type === 'function_call_output') return `output:${raw.output}`;
    if (raw.type === 'reasoning') return `reasoning:${raw.id}`;
    const content =
      typeof raw.content === 'string'
        ? raw.content
        : raw.content.map((part: { text: string }) => part.text).join('');
    return `${raw.role}:${content}`;
  });
}

function spied(session: Session) {
  const addItems = vi.spyOn(session, 'addItems');
  return { session, addItems };
}

const refund = tool({
  name: 'refund',
  description: 'Refunds an order',
  parameters: z.object({ orderId: z.string() }),
  needsApproval: true,
  execute: ({ orderId }) => `refunded ${orderId}`,
});

describe('a run on a session', () => {
  it('sends the history before the new input and appends its input and items in one call at the end', async () => {
    const { session, addItems } = spied(
      new MemorySession({ initialItems: [user('earlier')] }),
    );
    const model = new FakeModel([text('hello')]);
    const agent = new Agent({ name: 'a', model });

    const result = await new Runner().run(agent, 'hi', { session });

    expect(labels(model.requests[0]!.input)).toEqual([
      'user:earlier',
      'user:hi',
    ]);
    expect(addItems).toHaveBeenCalledTimes(1);
    expect(labels(await session.getItems())).toEqual([
      'user:earlier',
      'user:hi',
      'assistant:hello',
    ]);
    expect(labels(result.history)).toEqual(labels(await session.getItems()));
  });

  it('lets a second run see what the first one said', async () => {
    const session = new MemorySession();
    const model = new FakeModel([text('noted'), text('you said 7')]);
    const agent = new Agent({ name: 'a', model });
    await new Runner().run(agent, 'remember 7', { session });
    await new Runner().run(agent, 'what number?', { session });
    expect(labels(model.requests[1]!.input)).toEqual([
      'user:remember 7',
      'assistant:noted',
      'user:what number?',
    ]);
  });

  it('appends nothing when the run fails: a model error, max turns, a tripped output guardrail, an abort', async () => {
    const session = new MemorySession({ initialItems: [user('kept')] });
    const runner = new Runner();
    const failing = new Agent({
      name: 'a',
      model: new FakeModel([new Error('model down')]),
    });
    await expect(runner.run(failing, 'x', { session })).rejects.toThrow(
      'model down',
    );
    const looping = new Agent({
      name: 'b',
      tools: [
        tool({
          name: 'ping',
          description: 'p',
          parameters: z.object({}),
          execute: () => 'pong',
        }),
      ],
      model: new FakeModel([
        respond([call('ping', {})]),
        respond([call('ping', {})]),
      ]),
    });
    await expect(
      runner.run(looping, 'x', { session, maxTurns: 1 }),
    ).rejects.toBeInstanceOf(MaxTurnsExceededError);
    const guarded = new Agent({
      name: 'c',
      model: new FakeModel([text('secret')]),
      outputGuardrails: [
        {
          name: 'no secrets',
          execute: async () => ({ tripwireTriggered: true, outputInfo: {} }),
        },
      ],
    });
    await expect(runner.run(guarded, 'x', { session })).rejects.toBeInstanceOf(
      OutputGuardrailTripwireTriggered,
    );
    const controller = new AbortController();
    const slow = new Agent({
      name: 'd',
      model: new FakeModel([
        async () => {
          controller.abort(new Error('stop'));
          return text('late');
        },
      ]),
    });
    await expect(
      runner.run(slow, 'x', { session, signal: controller.signal }),
    ).rejects.toThrow();
    expect(labels(await session.getItems())).toEqual(['user:kept']);
  });

  it('appends at an interruption and, resumed, appends only what came after it', async () => {
    const { session, addItems } = spied(new MemorySession());
    const model = new FakeModel([
      respond([call('refund', { orderId: 'o-1' }, 'call_1')]),
      text('done'),
    ]);
    const agent = new Agent({ name: 'billing', tools: [refund], model });
    const runner = new Runner();

    const stopped = await runner.run(agent, 'refund o-1', { session });
    expect(stopped.interruptions).toHaveLength(1);
    expect(labels(await session.getItems())).toEqual([
      'user:refund o-1',
      'call:refund',
    ]);
    // Resumed from its text, as another process would.
    const state = await RunState.fromString(agent, stopped.state.toString());
    state.approve(state.interruptions[0]!);
    const resumed = await runner.run(agent, state, { session });

    expect(resumed.finalOutput).toBe('done');
    expect(addItems).toHaveBeenCalledTimes(2);
    expect(labels(await session.getItems())).toEqual([
      'user:refund o-1',
      'call:refund',
      'output:refunded o-1',
      'assistant:done',
    ]);
  });

  it('appends the input and every item when a failed run’s state is resumed with the session', async () => {
    const session = new MemorySession();
    const agent = new Agent({
      name: 'a',
      model: new FakeModel([new Error('flaky'), text('ok')]),
    });
    const error = await new Runner()
      .run(agent, 'hi', { session })
      .catch((caught: { state: RunState }) => caught);
    expect(await session.getItems()).toEqual([]);
    await new Runner().run(agent, error.state, { session });
    expect(labels(await session.getItems())).toEqual([
      'user:hi',
      'assistant:ok',
    ]);
  });

  it('appends what a failed append left out when the finished state is resumed, calling nothing again', async () => {
    const memory = new MemorySession();
    let down = true;
    const session: Session = {
      getSessionId: () => memory.getSessionId(),
      getItems: (limit) => memory.getItems(limit),
      addItems: async (items) => {
        if (down) throw new Error('store unreachable');
        await memory.addItems(items);
      },
      popItem: () => memory.popItem(),
      clearSession: () => memory.clearSession(),
    };
    const model = new FakeModel([text('ok')]);
    const agent = new Agent({ name: 'a', model });
    const error = (await new Runner()
      .run(agent, 'hi', { session })
      .catch((caught: unknown) => caught)) as Error & { state: RunState };
    expect(error.message).toBe('store unreachable');
    expect(error.state.finalOutput).toBe('ok');
    down = false;
    const resumed = await new Runner().run(agent, error.state, { session });
    expect(resumed.finalOutput).toBe('ok');
    expect(model.requests).toHaveLength(1);
    expect(labels(await memory.getItems())).toEqual([
      'user:hi',
      'assistant:ok',
    ]);
    // Saved now: it is an ordinary finished run.
    await expect(
      new Runner().run(agent, resumed.state, { session }),
    ).rejects.toThrow(/has finished/);
  });

  it('leaves out an unanswered call of an earlier stopped run when a new run starts on the session', async () => {
    const session = new MemorySession();
    const model = new FakeModel([
      respond([call('refund', { orderId: 'o-1' }, 'call_1')]),
      text('what else?'),
    ]);
    const agent = new Agent({ name: 'billing', tools: [refund], model });
    await new Runner().run(agent, 'refund o-1', { session });
    await new Runner().run(agent, 'never mind', { session });
    expect(labels(model.requests[1]!.input)).toEqual([
      'user:refund o-1',
      'user:never mind',
    ]);
  });

  it('persists a streamed run when its stream completes, and nothing of a cancelled one', async () => {
    const session = new MemorySession();
    const agent = new Agent({
      name: 'a',
      model: new FakeModel([text('streamed'), text('never seen')]),
    });
    const result = await new Runner().run(agent, 'hi', {
      session,
      stream: true,
    });
    for await (const _event of result);
    await result.completed;
    expect(labels(await session.getItems())).toEqual([
      'user:hi',
      'assistant:streamed',
    ]);
    const cancelled = await new Runner().run(agent, 'again', {
      session,
      stream: true,
    });
    for await (const _event of cancelled) break;
    await cancelled.completed;
    expect(await session.getItems()).toHaveLength(2);
  });
});

describe('sessionInputCallback', () => {
  it('decides what the first turn sends, and only its items that are not history are appended', async () => {
    const session = new MemorySession({
      initialItems: [user('old 1'), user('old 2')],
    });
    const model = new FakeModel([text('ok')]);
    const agent = new Agent({ name: 'a', model });
    const runner = new Runner({
      sessionInputCallback: (history, newItems) => [
        history.at(-1)!,
        user('note from the app'),
        ...newItems,
      ],
    });
    await runner.run(agent, 'hi', { session });
    expect(labels(model.requests[0]!.input)).toEqual([
      'user:old 2',
      'user:note from the app',
      'user:hi',
    ]);
    expect(labels(await session.getItems())).toEqual([
      'user:old 1',
      'user:old 2',
      'user:note from the app',
      'user:hi',
      'assistant:ok',
    ]);
  });

  it('of the run wins over the runner’s, and must return an array', async () => {
    const session = new MemorySession({ initialItems: [user('old')] });
    const model = new FakeModel([text('ok')]);
    const agent = new Agent({ name: 'a', model });
    const runner = new Runner({ sessionInputCallback: () => [] });
    await runner.run(agent, 'hi', {
      session,
      sessionInputCallback: (_history, newItems) => newItems,
    });
    expect(labels(model.requests[0]!.input)).toEqual(['user:hi']);
    await expect(
      runner.run(agent, 'x', {
        session,
        sessionInputCallback: () => 'nope' as never,
      }),
    ).rejects.toBeInstanceOf(UserError);
  });
});

describe('concurrent runs on one session', () => {
  it('take turns, so the history is 20 whole turns', async () => {
    const session = new MemorySession();
    const answer = async (request: ModelRequest) => {
      // Give the other runs every chance to interleave.
      await new Promise((resolve) => setImmediate(resolve));
      const last = labels(request.input).at(-1)!;
      return text(`answer to ${last.slice('user:'.length)}`);
    };
    const model = new FakeModel(Array.from({ length: 20 }, () => answer));
    const agent = new Agent({ name: 'a', model });
    const runner = new Runner();
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        runner.run(agent, `question ${index}`, { session }),
      ),
    );
    const history = labels(await session.getItems());
    expect(history).toHaveLength(40);
    for (let index = 0; index < 40; index += 2) {
      const question = history[index]!.slice('user:'.length);
      expect(history[index + 1]).toBe(`assistant:answer to ${question}`);
    }
    // Each run saw every earlier turn whole.
    model.requests.forEach((request, turn) =>
      expect(request.input).toHaveLength(turn * 2 + 1),
    );
  });

  it('lets a queued run’s abort take it out of the queue, and the next run goes on', async () => {
    const session = new MemorySession();
    let finishFirst!: () => void;
    const model = new FakeModel([
      async () => {
        await new Promise<void>((resolve) => (finishFirst = resolve));
        return text('first');
      },
      text('third'),
    ]);
    const agent = new Agent({ name: 'a', model });
    const runner = new Runner();
    const first = runner.run(agent, 'one', { session });
    const controller = new AbortController();
    const second = runner.run(agent, 'two', {
      session,
      signal: controller.signal,
    });
    const third = runner.run(agent, 'three', { session });
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort(new Error('gave up'));
    await expect(second).rejects.toBeInstanceOf(RunAbortedError);
    finishFirst();
    await first;
    await third;
    expect(labels(await session.getItems())).toEqual([
      'user:one',
      'assistant:first',
      'user:three',
      'assistant:third',
    ]);
    expect(model.requests).toHaveLength(2);
  });

  it('use the session’s own lock when it has one, appending through the lease and releasing it on failure', async () => {
    const memory = new MemorySession();
    const events: string[] = [];
    const session: Session = {
      getSessionId: () => memory.getSessionId(),
      getItems: (limit) => memory.getItems(limit),
      addItems: () => Promise.reject(new Error('must append via the lease')),
      popItem: () => memory.popItem(),
      clearSession: () => memory.clearSession(),
      lock: async (): Promise<SessionLease> => {
        events.push('lock');
        return {
          addItems: async (items) => {
            events.push(`append ${items.length}`);
            await memory.addItems(items);
          },
          release: async () => {
            events.push('release');
          },
        };
      },
    };
    const agent = new Agent({
      name: 'a',
      model: new FakeModel([text('ok'), new Error('down')]),
    });
    await new Runner().run(agent, 'hi', { session });
    await expect(new Runner().run(agent, 'x', { session })).rejects.toThrow(
      'down',
    );
    expect(events).toEqual(['lock', 'append 2', 'release', 'lock', 'release']);
  });
});

describe('a session lock that fails to let go', () => {
  it('leaves the run’s result standing and only warns', async () => {
    const memory = new MemorySession();
    const session: Session = {
      getSessionId: () => memory.getSessionId(),
      getItems: (limit) => memory.getItems(limit),
      addItems: (items) => memory.addItems(items),
      popItem: () => memory.popItem(),
      clearSession: () => memory.clearSession(),
      lock: async () => ({
        addItems: (items) => memory.addItems(items),
        release: () => Promise.reject(new Error('store unreachable')),
      }),
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const agent = new Agent({
        name: 'a',
        model: new FakeModel([text('ok')]),
      });
      const result = await new Runner().run(agent, 'hi', { session });
      expect(result.finalOutput).toBe('ok');
      expect(String(warn.mock.calls[0])).toContain('store unreachable');
    } finally {
      warn.mockRestore();
    }
  });
});

describe('history limits and server-side state with a session', () => {
  it('reads only the latest items and drops what the cut left invalid', async () => {
    const session = new MemorySession({
      initialItems: [
        user('refund o-1'),
        call('lookup', {}, 'call_9'),
        { type: 'function_call_output', call_id: 'call_9', output: 'paid' },
        { type: 'reasoning', id: 'rs_1', summary: [] },
        {
          type: 'message',
          role: 'assistant',
          content: [{ type: 'output_text', text: 'refunded', annotations: [] }],
        } as AgentInputItem,
      ],
    });
    const getItems = vi.spyOn(session, 'getItems');
    const model = new FakeModel([text('ok')]);
    await new Runner({ sessionSettings: { limit: 3 } }).run(
      new Agent({ name: 'a', model }),
      'thanks',
      { session },
    );
    expect(getItems).toHaveBeenCalledWith(3);
    expect(labels(model.requests[0]!.input)).toEqual([
      'reasoning:rs_1',
      'assistant:refunded',
      'user:thanks',
    ]);
  });

  it('sends only the new input and appends nothing when the server holds the conversation', async () => {
    const session = new MemorySession({ initialItems: [user('old')] });
    const model = new FakeModel([text('ok')]);
    await new Runner().run(new Agent({ name: 'a', model }), 'hi', {
      session,
      previousResponseId: 'resp_0',
    });
    expect(labels(model.requests[0]!.input)).toEqual(['user:hi']);
    expect(model.requests[0]!.previousResponseId).toBe('resp_0');
    expect(labels(await session.getItems())).toEqual(['user:old']);
  });
});

describe('conversationId', () => {
  it('names the conversation on every request and sends only what it lacks', async () => {
    const model = new FakeModel([
      respond([call('lookup', {}, 'call_1')]),
      text('done'),
    ]);
    const lookup = tool({
      name: 'lookup',
      description: 'l',
      parameters: z.object({}),
      execute: () => 'found',
    });
    const agent = new Agent({ name: 'a', model, tools: [lookup] });
    const result = await new Runner().run(agent, 'hi', {
      conversationId: 'conv_1',
    });
    expect(result.finalOutput).toBe('done');
    expect(model.requests.map((request) => request.conversationId)).toEqual([
      'conv_1',
      'conv_1',
    ]);
    expect(model.requests[1]!.previousResponseId).toBeUndefined();
    expect(labels(model.requests[1]!.input)).toEqual(['output:found']);
    const restored = await RunState.fromString(agent, result.state.toString());
    expect(restored.conversationId).toBe('conv_1');
  });

  it('cannot be combined with previousResponseId', async () => {
    const agent = new Agent({ name: 'a', model: new FakeModel([]) });
    await expect(
      new Runner().run(agent, 'hi', {
        conversationId: 'conv_1',
        previousResponseId: 'resp_1',
      }),
    ).rejects.toBeInstanceOf(UserError);
  });
});
