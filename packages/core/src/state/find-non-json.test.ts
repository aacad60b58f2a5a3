import { describe, expect, it } from 'vitest';
import { findNonJson } from './find-non-json.js';

describe('findNonJson', () => {
  it('accepts JSON data, and properties whose value is undefined', () => {
    expect(
      findNonJson({ a: [1, 'x', null, true, { b: -0.5 }], c: undefined }),
    ).toBeUndefined();
    expect(findNonJson(Object.create(null))).toBeUndefined();
  });

  it('accepts a value shared by two places, which is not a cycle', () => {
    const shared = { id: 1 };
    expect(findNonJson({ a: shared, b: [shared] })).toBeUndefined();
  });

  it.each([
    [{ when: new Date(0) }, '$.when', 'a Date instance'],
    [{ m: [new Map()] }, '$.m[0]', 'a Map instance'],
    [{ f: () => 1 }, '$.f', 'a function'],
    [{ n: 10n }, '$.n', 'a bigint'],
    [{ s: Symbol('s') }, '$.s', 'a symbol'],
    [{ x: NaN }, '$.x', 'NaN'],
    [{ x: Infinity }, '$.x', 'Infinity'],
    [{ list: [1, undefined] }, '$.list[1]', 'undefined'],
  ])('finds %o at its path', (value, path, found) => {
    expect(findNonJson(value)).toEqual({ path, found });
  });

  it('finds a cycle where it closes', () => {
    const node: Record<string, unknown> = { name: 'a' };
    node.child = { parent: node };
    expect(findNonJson(node, '$.context')).toEqual({
      path: '$.context.child.parent',
      found: 'a cycle',
    });
  });
});
