import { describe, expect, it } from 'vitest';
import { assertJsonValue } from './assert-json-value.js';
import { StepNotSerializableError } from './errors.js';

function problemOf(value: unknown): string | undefined {
  try {
    assertJsonValue(value, 'turn-1/tool/call_1');
    return undefined;
  } catch (error) {
    expect(StepNotSerializableError.isInstance(error)).toBe(true);
    return (error as Error).message;
  }
}

describe('assertJsonValue', () => {
  it('accepts what JSON gives back unchanged, undefined object fields included', () => {
    expect(
      problemOf({
        output: 'ok',
        value: { n: 1, list: [true, null, 'x'], nested: { deep: [] } },
        providerData: undefined,
      }),
    ).toBeUndefined();
    expect(problemOf(Object.create(null))).toBeUndefined();
  });

  it.each([
    [{ value: new Map() }, '$.value is a Map'],
    [{ value: new Date(0) }, '$.value is a Date'],
    [{ value: [1, undefined] }, '$.value[1] is undefined'],
    [{ value: Number.NaN }, '$.value is NaN'],
    [{ value: 1n }, '$.value is a bigint'],
    [{ value: () => 1 }, '$.value is a function'],
  ])(
    'names the step and the path of what JSON cannot hold (%#)',
    (value, path) => {
      const message = problemOf(value)!;
      expect(message).toContain('Step "turn-1/tool/call_1"');
      expect(message).toContain(path);
    },
  );

  it('rejects a cycle instead of looping', () => {
    const value: Record<string, unknown> = {};
    value.self = value;
    expect(problemOf({ value })).toContain(
      '$.value.self refers back to itself',
    );
  });

  it('accepts the same object twice in one value (a shared branch is no cycle)', () => {
    const shared = { a: 1 };
    expect(problemOf({ left: shared, right: shared })).toBeUndefined();
  });
});
