import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  ModelRequestError,
  RunAbortedError,
  Runner,
  StreamInterruptedError,
  tool,
  type Model,
  type ModelRequest,
  type ModelStreamEvent,
  type RunStreamEvent,
} from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';

function describeEvent(event: RunStreamEvent): string {
  if (event.type === 'raw_model_stream_event') return `raw:${event.data.type}`;
  if (event.type === 'run_item_stream_event') return `item:${event.name}`;
  return `agent:${event.agent.name}`;
}

describe('a streamed run', () => {
  it('emits agent, raw, item and handoff events in order through the same loop', async () => {
    const billing = new Agent({
      name: 'Billing',
      model: new FakeModel([text('Paid')]),
    });
    const echo = tool({
      name: 'echo',
      description: '',
      parameters: z.object({}),
      execute: () => 'e',
    });
    const triage = new Agent({
      name: 'Triage',
      tools: [echo],
      handoffs: [billing],
      model: new FakeModel([
        respond([call('echo', {})]),
        respond([call('transfer_to_Billing', {})]),
      ]),
    });
    const result = await new Runner().run(triage, 'hi', { stream: true });
    const seen: string[] = [];
    for await (const event of result) seen.push(describeEvent(event));
    await result.completed;
    // As in @openai/agents, agent updates come with handoffs only; the first agent is result.currentAgent.
    expect(seen).toEqual([
      'raw:response_started',
      'raw:response_done',
      'item:tool_called',
      'item:tool_output',
      'raw:response_started',
      'raw:response_done',
      'item:handoff_requested',
      'item:handoff_occurred',
      'agent:Billing',
      'raw:response_started',
      'raw:output_text_delta',
      'raw:output_text_delta',
      'raw:response_done',
      'item:message_output_created',
    ]);
    expect(result.finalOutput).toBe('Paid');
    expect(result.currentAgent).toBe(billing);
  });

  it('offers the text as a web stream and as a Node stream', async () => {
    const web = await new Runner().run(
      new Agent({ name: 'A', model: new FakeModel([text('Hello world')]) }),
      'x',
      {
        stream: true,
      },
    );
    let collected = '';
    for await (const chunk of web.toTextStream() as unknown as AsyncIterable<string>)
      collected += chunk;
    expect(collected).toBe('Hello world');

    const node = await new Runner().run(
      new Agent({ name: 'A', model: new FakeModel([text('Node text')]) }),
      'x',
      {
        stream: true,
      },
    );
    const readable = node.toTextStream({ compatibleWithNodeStreams: true });
    expect(readable).toBeInstanceOf(Readable);
    const chunks: string[] = [];
    for await (const chunk of readable) chunks.push(String(chunk));
    expect(chunks.join('')).toBe('Node text');
  });

  it('retries a stream that breaks before any event, then succeeds', async () => {
    let calls = 0;
    const model: Model = {
      getResponse: () => Promise.reject(new Error('unused')),
      async *getStreamedResponse(
        request: ModelRequest,
      ): AsyncIterable<ModelStreamEvent> {
        calls += 1;
        if (calls === 1) throw new StreamInterruptedError('reset');
        yield* new FakeModel([text('second try')]).getStreamedResponse(request);
      },
    };
    const result = await new Runner().run(
      new Agent({ name: 'A', model }),
      'x',
      { stream: true },
    );
    for await (const _event of result);
    expect(result.finalOutput).toBe('second try');
    expect(calls).toBe(2);
  });

  it('ends with StreamInterruptedError (not a retry) when the stream breaks after events reached the caller', async () => {
    const model: Model = {
      getResponse: () => Promise.reject(new Error('unused')),
      async *getStreamedResponse(): AsyncIterable<ModelStreamEvent> {
        yield { type: 'response_started' };
        yield { type: 'output_text_delta', delta: 'par' };
        throw new StreamInterruptedError('connection reset');
      },
    };
    const result = await new Runner().run(
      new Agent({ name: 'A', model }),
      'x',
      { stream: true },
    );
    const error = await (async () => {
      for await (const _event of result);
    })().catch((caught: unknown) => caught);
    expect(StreamInterruptedError.isInstance(error)).toBe(true);
    expect((error as StreamInterruptedError).state?.currentTurn).toBe(1);
    await expect(result.completed).rejects.toBe(error);
  });

  it('wraps a plain error from a model in ModelRequestError with the state', async () => {
    const model = new FakeModel([new TypeError('terminated')]);
    const error = await new Runner()
      .run(new Agent({ name: 'A', model }), 'x')
      .catch((caught: unknown) => caught);
    expect(ModelRequestError.isInstance(error)).toBe(true);
    expect((error as ModelRequestError).cause).toBeInstanceOf(TypeError);
    expect((error as ModelRequestError).state).toBeDefined();
  });
});

describe('cancelling', () => {
  function hangingModel(closed: { value: boolean }): Model {
    return {
      getResponse: (request) =>
        new Promise((_, reject) =>
          request.signal?.addEventListener('abort', () =>
            reject(request.signal!.reason),
          ),
        ),
      async *getStreamedResponse(request): AsyncIterable<ModelStreamEvent> {
        try {
          yield { type: 'response_started' };
          yield { type: 'output_text_delta', delta: 'x' };
          await new Promise((_, reject) =>
            request.signal?.addEventListener('abort', () =>
              reject(request.signal!.reason),
            ),
          );
        } finally {
          closed.value = true;
        }
      },
    };
  }

  it('closes the model stream at once when the consumer breaks out of the loop', async () => {
    const closed = { value: false };
    const result = await new Runner().run(
      new Agent({ name: 'A', model: hangingModel(closed) }),
      'x',
      { stream: true },
    );
    for await (const event of result) {
      if (
        event.type === 'raw_model_stream_event' &&
        event.data.type === 'output_text_delta'
      )
        break;
    }
    await result.completed;
    expect(result.cancelled).toBe(true);
    expect(closed.value).toBe(true);
  });

  it('rejects with RunAbortedError carrying state when the caller aborts the signal', async () => {
    const controller = new AbortController();
    const model = hangingModel({ value: false });
    const pending = new Runner().run(new Agent({ name: 'A', model }), 'x', {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 5);
    const error = await pending.catch((caught: unknown) => caught);
    expect(RunAbortedError.isInstance(error)).toBe(true);
    expect((error as RunAbortedError).state?.currentTurn).toBe(1);
  });

  it('aborts running tools through their signal when the run is aborted', async () => {
    const controller = new AbortController();
    let toolSawAbort = false;
    const wait = tool({
      name: 'wait',
      description: '',
      parameters: z.object({}),
      execute: (_input, _ctx, { signal }) =>
        new Promise(() => {
          // Never settles by itself: the run must not wait for a tool that ignores its signal.
          signal.addEventListener('abort', () => {
            toolSawAbort = true;
          });
          setTimeout(() => controller.abort(), 1);
        }),
    });
    const model = new FakeModel([respond([call('wait', {})]), text('never')]);
    const error = await new Runner()
      .run(new Agent({ name: 'A', model, tools: [wait] }), 'x', {
        signal: controller.signal,
      })
      .catch((caught: unknown) => caught);
    expect(toolSawAbort).toBe(true);
    expect(RunAbortedError.isInstance(error)).toBe(true);
    expect(model.requests).toHaveLength(1);
  });

  it("aborts only the turn in progress when the caller aborts: an earlier turn's signal stays as it was", async () => {
    const controller = new AbortController();
    const model = new FakeModel([
      respond([call('noop', {})]),
      () => {
        controller.abort(new Error('stop'));
        return text('too late');
      },
    ]);
    const noop = tool({
      name: 'noop',
      description: '',
      parameters: z.object({}),
      execute: () => 'ok',
    });
    const error = await new Runner()
      .run(new Agent({ name: 'A', model, tools: [noop] }), 'x', {
        signal: controller.signal,
      })
      .catch((caught: unknown) => caught);
    expect(RunAbortedError.isInstance(error)).toBe(true);
    expect(model.requests.map((request) => request.signal?.aborted)).toEqual([
      false,
      true,
    ]);
    expect(model.requests[1]!.signal?.reason).toEqual(new Error('stop'));
  });
});
