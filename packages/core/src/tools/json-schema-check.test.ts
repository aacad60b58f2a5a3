import { describe, expect, it } from 'vitest';
import { checkJsonSchema } from './json-schema-check.js';

describe('checkJsonSchema', () => {
  const tree = {
    type: 'object',
    properties: {
      name: { type: 'string' },
      children: { type: 'array', items: { $ref: '#' } },
    },
    required: ['name'],
    additionalProperties: false,
  };

  it('follows $ref, including recursion to the root, and names the bad path', () => {
    expect(
      checkJsonSchema(tree, { name: 'a', children: [{ name: 'b' }] }),
    ).toEqual([]);
    expect(
      checkJsonSchema(tree, { name: 'a', children: [{ name: 2 }] }),
    ).toEqual(['$.children[0].name: expected string, got number']);
  });

  it('resolves $defs and definitions refs and stops at a cycle that checks nothing', () => {
    const schema = {
      $defs: { Loop: { $ref: '#/$defs/Loop' }, Id: { type: 'integer' } },
      definitions: { Name: { type: 'string' } },
      type: 'object',
      properties: {
        id: { $ref: '#/$defs/Id' },
        name: { $ref: '#/definitions/Name' },
        loop: { $ref: '#/$defs/Loop' },
      },
    };
    expect(checkJsonSchema(schema, { id: 1, name: 'x', loop: 5 })).toEqual([]);
    expect(checkJsonSchema(schema, { id: 1.5, name: 'x' })).toEqual([
      '$.id: expected integer, got number',
    ]);
  });

  it('accepts exactly one oneOf branch, every allOf branch, and rejects what not forbids', () => {
    const oneOf = {
      oneOf: [
        { type: 'object', properties: { kind: { const: 'a' } } },
        { type: 'object', properties: { kind: { const: 'b' } } },
      ],
    };
    expect(checkJsonSchema(oneOf, { kind: 'b' })).toEqual([]);
    expect(checkJsonSchema(oneOf, { kind: 'c' })).toEqual([
      '$: matches none of the allowed shapes',
    ]);
    const allOf = {
      allOf: [
        { type: 'object', properties: { a: { type: 'string' } } },
        { type: 'object', properties: { b: { type: 'number' } } },
      ],
    };
    expect(checkJsonSchema(allOf, { a: 'x', b: 1 })).toEqual([]);
    expect(checkJsonSchema(allOf, { a: 'x', b: 'y' })).toEqual([
      '$.b: expected number, got string',
    ]);
    expect(checkJsonSchema({ not: { type: 'null' } }, null)).toHaveLength(1);
  });

  it('checks tuples positionally in both the 2020-12 and the draft-07 form', () => {
    const modern = {
      type: 'array',
      prefixItems: [{ type: 'string' }, { type: 'number' }],
      items: false,
    };
    expect(checkJsonSchema(modern, ['a', 1])).toEqual([]);
    expect(checkJsonSchema(modern, [1, 1, true])).toEqual([
      '$[0]: expected string, got number',
      '$[2]: not allowed here',
    ]);
    const draft07 = {
      type: 'array',
      items: [{ type: 'string' }],
      additionalItems: { type: 'boolean' },
    };
    expect(checkJsonSchema(draft07, ['a', true, false])).toEqual([]);
    expect(checkJsonSchema(draft07, ['a', 1])).toEqual([
      '$[1]: expected boolean, got number',
    ]);
  });

  it('compares object and array constants by value', () => {
    expect(checkJsonSchema({ const: { a: [1] } }, { a: [1] })).toEqual([]);
    expect(checkJsonSchema({ enum: [[1, 2]] }, [1, 3])).toHaveLength(1);
  });
});
