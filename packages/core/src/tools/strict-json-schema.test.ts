import { describe, expect, it } from 'vitest';
import { strictModeProblems } from '../../test/support/strict-schema-matrix.js';
import { UserError } from '../errors/errors.js';
import type { JsonObjectSchema } from '../model/model.js';
import { compileNullStripper } from './compile-null-stripper.js';
import { toStrictJsonSchema } from './strict-json-schema.js';

const owner = 'Tool "t"';
const strictify = (schema: Record<string, unknown>) =>
  toStrictJsonSchema(schema as JsonObjectSchema, owner);
const roundTrip = (schema: Record<string, unknown>, value: unknown) =>
  compileNullStripper(strictify(schema))(value);

const object = (
  properties: Record<string, unknown>,
  required: string[] = [],
) => ({ type: 'object', properties, required });

describe('toStrictJsonSchema', () => {
  it('moves refs to places other than $defs into $defs, so recursive schemas stay finite', () => {
    // The shape zod-to-json-schema gives a recursive z.lazy schema.
    const schema = object(
      {
        node: object(
          {
            name: { type: 'string' },
            next: { $ref: '#/properties/node' },
          },
          ['name'],
        ),
      },
      ['node'],
    );
    const { schema: strict } = strictify(schema);
    expect(strictModeProblems(strict)).toEqual([]);
    expect(Object.keys(strict.$defs as object)).toEqual(['properties_node']);
    expect(
      roundTrip(schema, {
        node: { name: 'a', next: { name: 'b', next: null } },
      }),
    ).toEqual({ node: { name: 'a', next: { name: 'b' } } });
  });

  it('rejects allOf of several schemas with a UserError naming the path and the way out', () => {
    const schema = object(
      {
        both: {
          allOf: [object({ a: { type: 'string' } }), object({ b: {} })],
        },
      },
      ['both'],
    );
    expect(() => strictify(schema)).toThrow(UserError);
    expect(() => strictify(schema)).toThrow(
      /Tool "t": \$\.both combines schemas with "allOf".*strict: false/,
    );
  });

  it('inlines an allOf of a single schema', () => {
    const schema = object({
      only: { allOf: [object({ a: { type: 'string' } })], description: 'x' },
    });
    const { schema: strict } = strictify(schema);
    expect(strictModeProblems(strict)).toEqual([]);
    expect(roundTrip(schema, { only: { a: null } })).toEqual({ only: {} });
  });

  it('adds no null to an optional property that already allows null, directly or through a $ref', () => {
    const schema = {
      ...object({
        note: { type: ['string', 'null'] },
        ref: { $ref: '#/$defs/Maybe' },
        plain: { type: 'string' },
      }),
      $defs: { Maybe: { anyOf: [{ type: 'number' }, { type: 'null' }] } },
    };
    const { schema: strict, syntheticNulls } = strictify(schema);
    expect(strict.properties.note).toEqual({ type: ['string', 'null'] });
    expect(strict.properties.ref).toEqual({ $ref: '#/$defs/Maybe' });
    expect([...(syntheticNulls.get(strict) ?? [])]).toEqual(['plain']);
    expect(roundTrip(schema, { note: null, ref: null, plain: null })).toEqual({
      note: null,
      ref: null,
    });
  });

  it('strips nulls inside tuples and inside optional nested objects', () => {
    const schema = object({
      pair: {
        type: 'array',
        prefixItems: [object({ a: { type: 'string' } }), { type: 'number' }],
      },
      nested: object({ deep: { type: 'string' } }),
    });
    const { schema: strict } = strictify(schema);
    expect(strictModeProblems(strict)).toEqual([]);
    expect(
      roundTrip(schema, { pair: [{ a: null }, 1], nested: { deep: null } }),
    ).toEqual({ pair: [{}, 1], nested: {} });
    expect(roundTrip(schema, { pair: null, nested: null })).toEqual({});
  });

  it('drops items: false from a closed tuple, whose maxItems already says as much', () => {
    const tuple = {
      type: 'array',
      prefixItems: [{ type: 'string' }, { type: 'number' }],
      items: false,
      minItems: 2,
      maxItems: 2,
    };
    const { schema: strict } = strictify(object({ pair: tuple }, ['pair']));
    expect(strict.properties.pair).toEqual({
      type: 'array',
      prefixItems: [{ type: 'string' }, { type: 'number' }],
      minItems: 2,
      maxItems: 2,
    });
  });

  it('picks the branch of a plain union by the shape the value has', () => {
    const schema = object(
      {
        value: {
          anyOf: [
            object({ text: { type: 'string' }, lang: { type: 'string' } }, [
              'text',
            ]),
            object({ count: { type: 'number' }, unit: { type: 'string' } }, [
              'count',
            ]),
            { type: 'string' },
          ],
        },
      },
      ['value'],
    );
    expect(roundTrip(schema, { value: { count: 2, unit: null } })).toEqual({
      value: { count: 2 },
    });
    expect(roundTrip(schema, { value: { text: 'x', lang: null } })).toEqual({
      value: { text: 'x' },
    });
    expect(roundTrip(schema, { value: 'plain' })).toEqual({ value: 'plain' });
  });

  it('refuses a $ref that points nowhere', () => {
    expect(() => strictify(object({ a: { $ref: '#/$defs/Missing' } }))).toThrow(
      /\$\.a refers to #\/\$defs\/Missing/,
    );
  });
});
