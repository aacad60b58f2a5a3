import { describe, expect, it } from 'vitest';
import type { ModelStreamEvent } from './model.js';
import { readModelStream } from './read-model-stream.js';

const delta = (text: string): ModelStreamEvent => ({
  type: 'output_text_delta',
  delta: text,
});

describe('readModelStream', () => {
  it('reads a stream that offers to push its events by pushing, without iterating it', async () => {
    let iterated = false;
    const stream = {
      [Symbol.asyncIterator]() {
        iterated = true;
        return [][Symbol.iterator]() as never;
      },
      async [Symbol.for('baton.model.pushEvents')](
        onEvent: (event: ModelStreamEvent) => boolean,
      ) {
        onEvent(delta('a'));
        onEvent(delta('b'));
      },
    };
    const seen: ModelStreamEvent[] = [];
    await readModelStream(stream, (event) => {
      seen.push(event);
      return true;
    });
    expect(seen).toEqual([delta('a'), delta('b')]);
    expect(iterated).toBe(false);
  });

  it('iterates any other stream, and leaves it (returning the iterator) when the callback says stop', async () => {
    let returned = false;
    async function* events() {
      try {
        yield delta('a');
        yield delta('b');
      } finally {
        returned = true;
      }
    }
    const seen: ModelStreamEvent[] = [];
    await readModelStream(events(), (event) => {
      seen.push(event);
      return false;
    });
    expect(seen).toEqual([delta('a')]);
    expect(returned).toBe(true);
  });
});
