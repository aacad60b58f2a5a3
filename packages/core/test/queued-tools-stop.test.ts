import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  type Model,
  RunAbortedError,
  Runner,
  tool,
  ToolCallError,
} from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';

/** Two tools run one at a time: `a` waits until released (or fails), `b` records whether it ever started. */
function twoTools(options: { aFails?: boolean } = {}) {
  const started: string[] = [];
  let release = () => {};
  let markRunning = () => {};
  const aRunning = new Promise<void>((resolve) => (markRunning = resolve));
  const a = tool({
    name: 'a',
    description: '',
    parameters: z.object({}),
    errorFunction: null,
    execute: async () => {
      started.push('a');
      markRunning();
      if (options.aFails) throw new Error('a broke');
      await new Promise<void>((resolve) => (release = resolve));
      return 'a done';
    },
  });
  const b = tool({
    name: 'b',
    description: '',
    parameters: z.object({}),
    execute: () => {
      started.push('b');
      return 'b done';
    },
  });
  const agent = new Agent({
    name: 'worker',
    tools: [a, b],
    model: new FakeModel([
      respond([call('a', {}), call('b', {})]),
      text('finished'),
    ]),
  });
  return { agent, started, aRunning, release: () => release() };
}

const isAbort = (error: unknown) => RunAbortedError.isInstance(error);

const oneAtATime = new Runner({ toolConcurrency: 1 });

describe('queued tool calls', () => {
  it('never start after the caller aborts while an earlier call runs', async () => {
    const { agent, started, aRunning } = twoTools();
    const controller = new AbortController();
    const running = oneAtATime.run(agent, 'go', { signal: controller.signal });
    await aRunning;
    controller.abort();
    await expect(running).rejects.toSatisfy(isAbort);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(started).toEqual(['a']);
  });

  it('never start after an earlier call ends the run', async () => {
    const { agent, started } = twoTools({ aFails: true });
    const error = await oneAtATime.run(agent, 'go').catch((e: unknown) => e);
    expect(ToolCallError.isInstance(error)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(started).toEqual(['a']);
  });

  it('never start after a stream consumer leaves the loop', async () => {
    const { agent, started, aRunning, release } = twoTools();
    const result = await oneAtATime.run(agent, 'go', { stream: true });
    const iterator = result[Symbol.asyncIterator]();
    await iterator.next();
    await aRunning;
    await iterator.return!();
    release();
    await result.completed;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(result.cancelled).toBe(true);
    expect(started).toEqual(['a']);
  });

  it('do not start at all when the run is aborted before the tools', async () => {
    const controller = new AbortController();
    const ran: string[] = [];
    const agent = new Agent({
      name: 'worker',
      tools: [
        tool({
          name: 'a',
          description: '',
          parameters: z.object({}),
          execute: () => void ran.push('a'),
        }),
      ],
      model: new FakeModel([
        () => {
          controller.abort();
          return respond([call('a', {})]);
        },
      ]),
    });
    await expect(
      new Runner().run(agent, 'go', { signal: controller.signal }),
    ).rejects.toSatisfy(isAbort);
    expect(ran).toEqual([]);
  });

  it('stops reading a model stream that ignores the abort once the consumer has left', async () => {
    let closed = false;
    const deaf: Model = {
      getResponse: () => Promise.reject(new Error('not used')),
      async *getStreamedResponse() {
        try {
          for (let index = 0; index < 1000; index++) {
            yield { type: 'output_text_delta', delta: 'x' };
            await Promise.resolve();
          }
          yield { type: 'response_done', response: text('x'.repeat(1000)) };
        } finally {
          closed = true;
        }
      },
    };
    const result = await new Runner().run(
      new Agent({ name: 'talker', model: deaf }),
      'go',
      { stream: true },
    );
    const iterator = result[Symbol.asyncIterator]();
    while ((await iterator.next()).value?.type !== 'raw_model_stream_event');
    await iterator.return!();
    await result.completed;
    expect(closed).toBe(true);
    expect(result.bufferedEventCount).toBe(0);
  });
});
