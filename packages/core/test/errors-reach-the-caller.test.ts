import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  handoff,
  RunAbortedError,
  RunContext,
  Runner,
  tool,
  type ModelProvider,
} from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';

class LedgerOffline extends Error {}

const boom = () => {
  throw new LedgerOffline('ledger offline');
};

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the run to fail');
}

function handoffAgents(options: Parameters<typeof handoff>[1]) {
  const target = new Agent({
    name: 'target',
    model: new FakeModel([text('done')]),
  });
  const triage = new Agent({
    name: 'triage',
    handoffs: [handoff(target, options)],
    model: new FakeModel([respond([call('transfer_to_target', {})])]),
  });
  return triage;
}

const echo = tool({
  name: 'echo',
  description: '',
  parameters: z.object({}),
  execute: () => 'echoed',
});

const cases: Array<[string, () => Agent<any, any>, Runner?]> = [
  ['onHandoff', () => handoffAgents({ onHandoff: boom })],
  ['an input filter', () => handoffAgents({ inputFilter: boom })],
  ['a handoff isEnabled', () => handoffAgents({ isEnabled: boom })],
  [
    'dynamic instructions',
    () =>
      new Agent({
        name: 'a',
        instructions: boom,
        model: new FakeModel([text('x')]),
      }),
  ],
  [
    'a tool isEnabled',
    () =>
      new Agent({
        name: 'a',
        tools: [tool({ ...echoOptions(), isEnabled: boom })],
        model: new FakeModel([text('x')]),
      }),
  ],
  [
    'a toolUseBehavior function',
    () =>
      new Agent({
        name: 'a',
        tools: [echo],
        toolUseBehavior: boom,
        model: new FakeModel([respond([call('echo', {})])]),
      }),
  ],
  [
    'an errorFunction',
    () =>
      new Agent({
        name: 'a',
        tools: [
          tool({
            ...echoOptions(),
            execute: () => {
              throw new Error('tool failed');
            },
            errorFunction: boom,
          }),
        ],
        model: new FakeModel([respond([call('echo', {})])]),
      }),
  ],
  [
    "a provider's getModel",
    () => new Agent({ name: 'a', model: 'gpt-test' }),
    new Runner({ modelProvider: { getModel: boom } as ModelProvider }),
  ],
];

function echoOptions() {
  return {
    name: 'echo',
    description: '',
    parameters: z.object({}),
    execute: () => 'echoed',
  };
}

describe('errors thrown by user code', () => {
  it.each(cases)(
    'reach the caller unchanged when thrown from %s, with the run state attached',
    async (_where, makeAgent, runner = new Runner()) => {
      const error = await failureOf(runner.run(makeAgent(), 'go'));
      expect(error).toBeInstanceOf(LedgerOffline);
      expect((error as Error).message).toBe('ledger offline');
      const state = (error as { state?: { currentTurn: number } }).state;
      expect(state?.currentTurn).toBe(1);
      // Attached out of sight: logging or serialising the error does not dump the run.
      expect(Object.keys(error as object)).not.toContain('state');
    },
  );

  it('reach the caller unchanged in a streamed run too', async () => {
    const result = await new Runner().run(
      handoffAgents({ onHandoff: boom }),
      'go',
      { stream: true },
    );
    const seen: string[] = [];
    const error = await failureOf(
      (async () => {
        for await (const event of result) seen.push(event.type);
      })(),
    );
    expect(error).toBeInstanceOf(LedgerOffline);
    await expect(result.completed).rejects.toBeInstanceOf(LedgerOffline);
    expect(seen).toContain('run_item_stream_event');
  });

  it('become RunAbortedError only when the caller aborted the run', async () => {
    const controller = new AbortController();
    const agent = new Agent({
      name: 'a',
      instructions: () => {
        controller.abort();
        throw new LedgerOffline('after the abort');
      },
      model: new FakeModel([text('x')]),
    });
    const error = await failureOf(
      new Runner().run(agent, 'go', { signal: controller.signal }),
    );
    expect(RunAbortedError.isInstance(error)).toBe(true);
    expect((error as RunAbortedError).state).toBeDefined();
  });

  it('keep a RunContext passed as context rather than wrapping it', async () => {
    const runContext = new RunContext({ user: 'ada' });
    const result = await new Runner().run(
      new Agent({ name: 'a', model: new FakeModel([text('x')]) }),
      'go',
      { context: runContext },
    );
    expect(result.runContext).toBe(runContext);
    expect(result.runContext.usage.requests).toBe(1);
  });
});
