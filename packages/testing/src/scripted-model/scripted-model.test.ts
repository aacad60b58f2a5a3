import {
  UserError,
  type ModelRequest,
  type ModelStreamEvent,
} from '@baton/core';
import { describe, expect, it } from 'vitest';
import { functionCall, modelResponse, textMessage } from './item-builders.js';
import { ScriptedModel } from './scripted-model.js';

function request(overrides: Partial<ModelRequest> = {}): ModelRequest {
  return {
    input: [{ type: 'message', role: 'user', content: 'hi' }],
    modelSettings: {},
    tools: [],
    outputFormat: { type: 'text' },
    ...overrides,
  };
}

async function collect(
  stream: AsyncIterable<ModelStreamEvent>,
): Promise<ModelStreamEvent[]> {
  const events: ModelStreamEvent[] = [];
  for await (const event of stream) events.push(event);
  return events;
}

describe('ScriptedModel.getResponse', () => {
  it('answers each call with the next entry and records every request', async () => {
    const first = modelResponse([
      functionCall('lookup', { id: 1 }, { callId: 'call_1' }),
    ]);
    const second = modelResponse([textMessage('done')]);
    const model = new ScriptedModel([first, second]);
    const requestOne = request();
    const requestTwo = request({ systemInstructions: 'be brief' });

    expect(await model.getResponse(requestOne)).toBe(first);
    expect(await model.getResponse(requestTwo)).toBe(second);
    expect(model.requests).toEqual([requestOne, requestTwo]);
  });

  it('calls a responder with the request and returns what it resolves to', async () => {
    const model = new ScriptedModel([
      async (req) =>
        modelResponse([textMessage(`got ${req.input.length} item(s)`)]),
    ]);
    const response = await model.getResponse(request());
    expect(response.output).toEqual([textMessage('got 1 item(s)')]);
  });

  it('throws a scripted error as it is', async () => {
    const failure = new Error('boom');
    const model = new ScriptedModel([failure]);
    await expect(model.getResponse(request())).rejects.toBe(failure);
  });

  it('returns the response_done response of a scripted stream', async () => {
    const response = modelResponse([textMessage('streamed')]);
    const model = new ScriptedModel([
      { events: [{ type: 'response_done', response }] },
    ]);
    expect(await model.getResponse(request())).toBe(response);
  });

  it('throws a UserError naming the call when the queue is exhausted', async () => {
    const model = new ScriptedModel([modelResponse([textMessage('one')])]);
    await model.getResponse(request());
    const error = await model
      .getResponse(request())
      .catch((caught: unknown) => caught);
    expect(UserError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /no scripted entry left for model call #2/,
    );
  });

  it('rejects with the signal reason when aborted while a responder is pending', async () => {
    const controller = new AbortController();
    const model = new ScriptedModel([() => new Promise(() => {})]);
    const pending = model.getResponse(request({ signal: controller.signal }));
    const reason = new Error('stop');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });
});

describe('ScriptedModel.getStreamedResponse', () => {
  it('derives started, text deltas and done events from a response', async () => {
    const response = modelResponse(
      [textMessage('one two three four five six')],
      { inputTokens: 3 },
    );
    const model = new ScriptedModel([response]);
    const events = await collect(model.getStreamedResponse(request()));

    expect(events[0]).toEqual({ type: 'response_started' });
    expect(events.at(-1)).toEqual({ type: 'response_done', response });
    const deltas = events.filter((event) => event.type === 'output_text_delta');
    expect(deltas.length).toBeGreaterThan(1);
    expect(
      deltas
        .map((event) => (event.type === 'output_text_delta' ? event.delta : ''))
        .join(''),
    ).toBe('one two three four five six');
  });

  it('yields scripted events exactly as given', async () => {
    const response = modelResponse([]);
    const events: ModelStreamEvent[] = [
      { type: 'response_started' },
      { type: 'model', event: { type: 'custom' } },
      { type: 'response_done', response },
    ];
    const model = new ScriptedModel([{ events }]);
    expect(await collect(model.getStreamedResponse(request()))).toEqual(events);
  });

  it('records the request as soon as the stream is requested', () => {
    const model = new ScriptedModel([modelResponse([])]);
    const req = request();
    model.getStreamedResponse(req);
    expect(model.requests).toEqual([req]);
    expect(model.remaining).toBe(0);
  });

  it('rejects the pending next() with the signal reason when aborted mid-stream', async () => {
    const controller = new AbortController();
    const model = new ScriptedModel([
      modelResponse([textMessage('a b c d e f')]),
    ]);
    const stream = model.getStreamedResponse(
      request({ signal: controller.signal }),
    );
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next();
    const reason = new Error('user cancelled');
    controller.abort(reason);
    await expect(iterator.next()).rejects.toBe(reason);
  });

  it('throws the exhaustion error when iterated past the queue', async () => {
    const model = new ScriptedModel();
    await expect(collect(model.getStreamedResponse(request()))).rejects.toThrow(
      /no scripted entry left/,
    );
  });
});

describe('ScriptedModel.assertComplete', () => {
  it('throws while entries remain and passes once all are used', async () => {
    const model = new ScriptedModel([modelResponse([textMessage('x')])]);
    expect(() => model.assertComplete()).toThrow(
      /1 scripted entry was never used/,
    );
    await model.getResponse(request());
    expect(() => model.assertComplete()).not.toThrow();
  });

  it('counts entries added with enqueue', () => {
    const model = new ScriptedModel();
    model.enqueue(modelResponse([]), new Error('later'));
    expect(model.remaining).toBe(2);
  });
});
