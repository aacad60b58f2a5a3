import { describe, expect, it } from 'vitest';
import { chunkString, splitIntoDeltas } from './split-into-deltas.js';

describe('splitIntoDeltas', () => {
  it('gives one delta per word, each carrying its leading whitespace', () => {
    expect(splitIntoDeltas('Hello big  world')).toEqual([
      'Hello',
      ' big',
      '  world',
    ]);
  });

  it('groups words when a maximum number of deltas is asked for, losing no character', () => {
    const text = ' one two three four five ';
    const deltas = splitIntoDeltas(text, 2);
    expect(deltas).toHaveLength(2);
    expect(deltas.join('')).toBe(text);
  });

  it('returns no delta for empty text', () => {
    expect(splitIntoDeltas('')).toEqual([]);
  });
});

describe('chunkString', () => {
  it('cuts a string into fixed-size pieces that concatenate back', () => {
    expect(chunkString('{"a":12345}', 4)).toEqual(['{"a"', ':123', '45}']);
  });
});
