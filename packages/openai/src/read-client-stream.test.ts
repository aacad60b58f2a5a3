import { describe, expect, it } from 'vitest';
import { StreamInterruptedError } from '@baton/core';
import { readClientStream, type ClientStream } from './read-client-stream.js';

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

describe('readClientStream', () => {
  it('aborts the HTTP request and returns the iterator when the consumer leaves early', async () => {
    const { stream, controller, wasReturned } = fakeStream([1, 2, 3]);
    for await (const event of readClientStream(stream, undefined)) {
      expect(event).toBe(1);
      break;
    }
    expect(controller.signal.aborted).toBe(true);
    expect(wasReturned()).toBe(true);
  });

  it('does not abort a stream that was read to the end', async () => {
    const { stream, controller } = fakeStream([1, 2]);
    const seen: unknown[] = [];
    for await (const event of readClientStream(stream, undefined))
      seen.push(event);
    expect(seen).toEqual([1, 2]);
    expect(controller.signal.aborted).toBe(false);
  });

  it('maps a transport failure mid-stream to StreamInterruptedError', async () => {
    const { stream } = fakeStream([1], new TypeError('terminated'));
    const read = async () => {
      for await (const _ of readClientStream(stream, undefined)) void _;
    };
    await expect(read()).rejects.toSatisfy((error) =>
      StreamInterruptedError.isInstance(error),
    );
  });

  it('ends with the abort reason when the caller aborted and the client ended the stream quietly', async () => {
    const caller = new AbortController();
    const reason = new Error('stop');
    caller.abort(reason);
    const { stream } = fakeStream([]);
    const read = async () => {
      for await (const _ of readClientStream(stream, caller.signal)) void _;
    };
    await expect(read()).rejects.toBe(reason);
  });
});
