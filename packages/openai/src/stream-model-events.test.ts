import { describe, expect, it } from 'vitest';
import { StreamInterruptedError } from '@baton/core';
import type { ModelStreamEvent } from '@baton/core';
import {
  modelEventStream,
  PUSH_MODEL_EVENTS,
  pushModelEvents,
  streamModelEvents,
  type ClientStream,
  type StreamTranslation,
} from './stream-model-events.js';

// A stand-in for the `openai` Stream: yields the given events, then throws `failWith` if set.
function fakeStream(events: unknown[], failWith?: unknown) {
  const controller = new AbortController();
  let returned = false;
  const stream: ClientStream<unknown> = {
    controller,
    async *[Symbol.asyncIterator]() {
      try {
        for (const event of events) yield event;
        if (failWith) throw failWith;
      } finally {
        returned = true;
      }
    },
  };
  return { stream, controller, wasReturned: () => returned };
}

// Passes raw events through as their `model` echo only, so the tests see exactly what the stream gave.
async function* read(
  stream: ClientStream<unknown>,
  signal: AbortSignal | undefined,
) {
  const events = streamModelEvents({
    open: () => Promise.resolve(stream),
    signal,
    translate: () => undefined,
    finish: () => undefined,
  });
  for await (const event of events)
    if (event.type === 'model') yield event.event;
}

describe('streamModelEvents', () => {
  it('aborts the HTTP request and returns the iterator when the consumer leaves early', async () => {
    const { stream, controller, wasReturned } = fakeStream([1, 2, 3]);
    for await (const event of streamModelEvents({
      open: () => Promise.resolve(stream),
      signal: undefined,
      translate: () => undefined,
      finish: () => undefined,
    })) {
      expect(event).toEqual({ type: 'model', event: 1 });
      break;
    }
    expect(controller.signal.aborted).toBe(true);
    expect(wasReturned()).toBe(true);
  });

  it('does not abort a stream that was read to the end', async () => {
    const { stream, controller } = fakeStream([1, 2]);
    const seen: unknown[] = [];
    for await (const event of read(stream, undefined)) seen.push(event);
    expect(seen).toEqual([1, 2]);
    expect(controller.signal.aborted).toBe(false);
  });

  it('maps a transport failure mid-stream to StreamInterruptedError', async () => {
    const { stream } = fakeStream([1], new TypeError('terminated'));
    const drain = async () => {
      for await (const _ of read(stream, undefined)) void _;
    };
    await expect(drain()).rejects.toSatisfy((error) =>
      StreamInterruptedError.isInstance(error),
    );
  });

  it('ends normally with the closing event when the transport fails after the translation reported the response complete', async () => {
    const { stream } = fakeStream(['done'], new TypeError('terminated'));
    let complete = false;
    const events = [];
    for await (const event of streamModelEvents({
      open: () => Promise.resolve(stream),
      signal: undefined,
      translate: (raw) => {
        complete = raw === 'done';
        return undefined;
      },
      finish: () => ({ type: 'response_started' }),
      isComplete: () => complete,
    }))
      events.push(event.type);
    expect(events).toEqual(['model', 'response_started']);
  });

  it('ends with the abort reason when the caller aborted and the client ended the stream quietly', async () => {
    const caller = new AbortController();
    const reason = new Error('stop');
    caller.abort(reason);
    const { stream } = fakeStream([]);
    const drain = async () => {
      for await (const _ of read(stream, caller.signal)) void _;
    };
    await expect(drain()).rejects.toBe(reason);
  });

  it('yields every event the translation implies, then the echo, then the closing event', async () => {
    const { stream } = fakeStream(['a', 'b']);
    const seen: unknown[] = [];
    for await (const event of streamModelEvents<unknown>({
      open: () => Promise.resolve(stream),
      signal: undefined,
      translate: (raw) =>
        raw === 'a'
          ? [
              { type: 'response_started' },
              { type: 'output_text_delta', delta: 'A' },
            ]
          : { type: 'output_text_delta', delta: 'B' },
      finish: () => ({
        type: 'response_done',
        response: {
          output: [],
          usage: { inputTokens: 0, outputTokens: 0, totalTokens: 0 },
        },
      }),
    })) {
      seen.push(
        event.type === 'model' ? `model:${String(event.event)}` : event.type,
      );
    }
    expect(seen).toEqual([
      'response_started',
      'output_text_delta',
      'model:a',
      'output_text_delta',
      'model:b',
      'response_done',
    ]);
  });

  it('maps a failure to open the stream with toModelError', async () => {
    const events = streamModelEvents({
      open: () => Promise.reject(new TypeError('fetch failed')),
      signal: undefined,
      translate: () => undefined,
      finish: () => undefined,
    });
    await expect(events.next()).rejects.toSatisfy(
      (error) => (error as Error).name !== 'TypeError',
    );
  });
});

// Two raw events: the first implies two Baton events, the second one; the stream closes with `response_done`.
function translationOf(
  stream: ClientStream<unknown>,
): StreamTranslation<unknown> {
  return {
    open: () => Promise.resolve(stream),
    signal: undefined,
    translate: (raw) =>
      raw === 'a'
        ? [
            { type: 'response_started' },
            { type: 'output_text_delta', delta: 'A' },
          ]
        : { type: 'output_text_delta', delta: 'B' },
    finish: () => ({
      type: 'response_done',
      response: {
        output: [],
        usage: { inputTokens: 0, outputTokens: 0, totalTokens: 0 },
      },
    }),
  };
}

const label = (event: ModelStreamEvent) =>
  event.type === 'model' ? `model:${String(event.event)}` : event.type;

describe('pushModelEvents', () => {
  it('pushes the events iterating would yield, in the same order', async () => {
    const iterated: string[] = [];
    for await (const event of streamModelEvents(
      translationOf(fakeStream(['a', 'b']).stream),
    ))
      iterated.push(label(event));
    const pushed: string[] = [];
    await pushModelEvents(
      translationOf(fakeStream(['a', 'b']).stream),
      (event) => {
        pushed.push(label(event));
        return true;
      },
    );
    expect(pushed).toEqual(iterated);
  });

  it('stops at the first event the callback refuses and closes the HTTP response', async () => {
    const { stream, controller, wasReturned } = fakeStream(['a', 'b']);
    const pushed: string[] = [];
    await pushModelEvents(translationOf(stream), (event) => {
      pushed.push(label(event));
      return event.type !== 'output_text_delta';
    });
    expect(pushed).toEqual(['response_started', 'output_text_delta']);
    expect(controller.signal.aborted).toBe(true);
    expect(wasReturned()).toBe(true);
  });

  it('rejects with StreamInterruptedError when the transport fails mid-stream', async () => {
    const { stream } = fakeStream(['a'], new TypeError('terminated'));
    await expect(
      pushModelEvents(translationOf(stream), () => true),
    ).rejects.toSatisfy((error) => StreamInterruptedError.isInstance(error));
  });

  it('is offered by the stream a model returns, which requests nothing until read', async () => {
    let opened = 0;
    const { stream } = fakeStream(['b']);
    const events = modelEventStream({
      ...translationOf(stream),
      open: () => {
        opened += 1;
        return Promise.resolve(stream);
      },
    });
    expect(opened).toBe(0);
    const pushed: string[] = [];
    await events[PUSH_MODEL_EVENTS]((event) => {
      pushed.push(label(event));
      return true;
    });
    expect(opened).toBe(1);
    expect(pushed).toEqual(['output_text_delta', 'model:b', 'response_done']);
  });
});
