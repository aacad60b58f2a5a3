import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { sampleFromSchema } from './sample-from-schema.js';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM interop.
const addFormats = ((addFormatsModule as unknown as { default?: unknown })
  .default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;
const ajv = addFormats(new Ajv2020({ strict: false }));

function expectValid(schema: Record<string, unknown>, value: unknown): void {
  const validate = ajv.compile(schema);
  expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
}

describe('sampleFromSchema', () => {
  it('builds an object valid against a schema using every supported keyword', () => {
    const schema = {
      type: 'object',
      properties: {
        city: { type: 'string' },
        unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
        kind: { const: 'forecast' },
        days: { type: 'integer', minimum: 1, maximum: 14 },
        ratio: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
        step: { type: 'integer', multipleOf: 5, minimum: 7 },
        verbose: { type: 'boolean' },
        tags: {
          type: 'array',
          items: { type: 'string', minLength: 3, maxLength: 5 },
          minItems: 2,
        },
        contact: {
          type: 'object',
          properties: {
            email: { type: 'string', format: 'email' },
            since: { type: 'string', format: 'date' },
          },
          required: ['email', 'since'],
          additionalProperties: false,
        },
        note: { type: ['string', 'null'] },
        choice: {
          anyOf: [
            { type: 'null' },
            {
              type: 'object',
              properties: { id: { type: 'string' } },
              required: ['id'],
            },
          ],
        },
        code: { type: 'string', pattern: '^[A-Z]{3}$' },
      },
      required: [
        'city',
        'unit',
        'kind',
        'days',
        'ratio',
        'step',
        'verbose',
        'tags',
        'contact',
        'note',
        'choice',
      ],
      additionalProperties: false,
    };
    expectValid(
      schema,
      sampleFromSchema(
        schema,
        'Weather in Paris for 5 days, in Fahrenheit. Code ABC',
      ),
    );
  });

  it('reuses a capitalised word, an enum value and a number from the user text', () => {
    const schema = {
      type: 'object',
      properties: {
        city: { type: 'string' },
        unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
        days: { type: 'integer' },
      },
      required: ['city', 'unit', 'days'],
    };
    expect(
      sampleFromSchema(
        schema,
        'What is the weather in Paris for 5 days in fahrenheit?',
      ),
    ).toEqual({
      city: 'Paris',
      unit: 'fahrenheit',
      days: 5,
    });
  });

  it('prefers a word with digits for id-like keys', () => {
    const schema = {
      type: 'object',
      properties: { order_id: { type: 'string' } },
      required: ['order_id'],
    };
    expect(sampleFromSchema(schema, 'Where is my order A-1234 please')).toEqual(
      { order_id: 'A-1234' },
    );
  });

  it('follows $ref and terminates on recursive schemas', () => {
    const schema = {
      type: 'object',
      properties: { root: { $ref: '#/$defs/node' } },
      required: ['root'],
      $defs: {
        node: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            children: { type: 'array', items: { $ref: '#/$defs/node' } },
          },
          required: ['name', 'children'],
          additionalProperties: false,
        },
      },
    };
    expectValid(schema, sampleFromSchema(schema, 'tree'));
  });

  it('merges allOf parts and honours oneOf', () => {
    const schema = {
      allOf: [
        {
          type: 'object',
          properties: { a: { type: 'string' } },
          required: ['a'],
        },
        {
          type: 'object',
          properties: {
            b: {
              oneOf: [
                { type: 'integer', minimum: 10 },
                { type: 'string', maxLength: 0 },
              ],
            },
          },
          required: ['b'],
        },
      ],
    };
    expectValid(schema, sampleFromSchema(schema));
  });

  it('produces a value for an empty user text and an empty schema', () => {
    expect(sampleFromSchema({ type: 'object', properties: {} })).toEqual({});
    expect(typeof sampleFromSchema({}, '')).toBe('string');
  });
});
