import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('writes the same text whatever order the keys were in, at every depth', () => {
    const a = { b: 1, a: { d: [{ y: 1, x: 2 }], c: 'é' } };
    const b = { a: { c: 'é', d: [{ x: 2, y: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"c":"é","d":[{"x":2,"y":1}]},"b":1}');
  });

  it('keeps array order and leaves out undefined properties, as JSON.stringify does', () => {
    expect(canonicalJson({ list: [3, 1, 2], gone: undefined })).toBe(
      '{"list":[3,1,2]}',
    );
  });

  it('reads back to the value it wrote', () => {
    const value = { n: 0.1 + 0.2, s: 'line\nbreak "quoted"', t: null };
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
  });
});
