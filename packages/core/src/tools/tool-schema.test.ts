import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as zm from 'zod/mini';
import { z as z3 } from 'zod/v3';
import { UserError } from '../errors/errors.js';
import type { StandardSchemaLike } from './standard-schema.js';
import { ToolSchema } from './tool-schema.js';

const owner = 'test';

describe('ToolSchema', () => {
  it('makes a zod 4 schema strict: all properties required, optional ones nullable, objects closed', async () => {
    const schema = new ToolSchema(
      z.object({ city: z.string(), days: z.number().optional() }),
      { strict: true, owner },
    );
    expect(await schema.jsonSchema()).toEqual({
      type: 'object',
      properties: {
        city: { type: 'string' },
        days: { type: ['number', 'null'] },
      },
      required: ['city', 'days'],
      additionalProperties: false,
    });
  });

  it('strips the nulls strict mode makes the model send for optional fields before zod parses', async () => {
    const schema = new ToolSchema(
      z.object({ city: z.string(), days: z.number().optional() }),
      { strict: true, owner },
    );
    expect(await schema.parse({ city: 'Oslo', days: null })).toEqual({
      ok: true,
      value: { city: 'Oslo' },
    });
  });

  it('keeps a null the schema itself allows', async () => {
    const schema = new ToolSchema(z.object({ note: z.string().nullable() }), {
      strict: true,
      owner,
    });
    expect(await schema.parse({ note: null })).toEqual({
      ok: true,
      value: { note: null },
    });
  });

  it('accepts zod 3 schemas, converting them on first use', async () => {
    const schema = new ToolSchema(
      z3.object({ q: z3.string(), limit: z3.number().optional() }),
      { strict: true, owner },
    );
    expect(schema.known).toBeUndefined();
    const json = await schema.jsonSchema();
    expect(json.required).toEqual(['q', 'limit']);
    expect(json.additionalProperties).toBe(false);
    expect(await schema.parse({ q: 'x', limit: null })).toEqual({
      ok: true,
      value: { q: 'x' },
    });
    const bad = await schema.parse({ q: 1, limit: null });
    expect(bad.ok).toBe(false);
  });

  it('checks plain JSON schemas structurally and names the bad path', async () => {
    const schema = new ToolSchema(
      {
        type: 'object',
        properties: {
          size: { type: 'string', enum: ['s', 'm'] },
          tags: { type: 'array', items: { type: 'string' } },
        },
        required: ['size'],
        additionalProperties: false,
      },
      { strict: true, owner },
    );
    expect(await schema.parse({ size: 's', tags: null })).toEqual({
      ok: true,
      value: { size: 's' },
    });
    const result = await schema.parse({ size: 'xl', tags: ['a', 2], extra: 1 });
    expect(result).toMatchObject({ ok: false });
    const message = (result as { message: string }).message;
    expect(message).toContain('$.size: must be one of');
    expect(message).toContain('$.tags[1]: expected string');
    expect(message).toContain('$.extra: unknown property');
  });

  it('refuses record-like objects in strict mode with a UserError that suggests strict: false', () => {
    expect(
      () =>
        new ToolSchema(z.object({ map: z.record(z.string(), z.number()) }), {
          strict: true,
          owner,
        }),
    ).toThrow(UserError);
    expect(
      () =>
        new ToolSchema(z.object({ map: z.record(z.string(), z.number()) }), {
          strict: false,
          owner,
        }),
    ).not.toThrow();
  });

  it('refuses parameters that are not an object schema', () => {
    expect(
      () => new ToolSchema(z.string() as never, { strict: true, owner }),
    ).toThrow(/type": "object"/);
    expect(
      () =>
        new ToolSchema({ type: 'string' } as never, { strict: true, owner }),
    ).toThrow(/type": "object"/);
  });

  it('accepts any Standard Schema with a JSON-schema converter and validates through it, even asynchronously', async () => {
    const targets: string[] = [];
    const point: StandardSchemaLike<unknown, { x: number; label?: string }> = {
      '~standard': {
        version: 1,
        vendor: 'test',
        validate: async (value) => {
          const { x, ...rest } = value as { x: unknown };
          return typeof x === 'number'
            ? { value: { x: x * 2, ...rest } }
            : {
                issues: [{ message: 'must be a number', path: [{ key: 'x' }] }],
              };
        },
        jsonSchema: {
          input: ({ target }) => {
            targets.push(target);
            return {
              $schema: 'https://json-schema.org/draft/2020-12/schema',
              type: 'object',
              properties: { x: { type: 'number' }, label: { type: 'string' } },
              required: ['x'],
            };
          },
          output: () => ({}),
        },
      },
    };
    const schema = new ToolSchema(point, { strict: true, owner });
    expect(targets).toEqual(['draft-2020-12']);
    expect(schema.known).toMatchObject({
      required: ['x', 'label'],
      properties: { label: { type: ['string', 'null'] } },
    });
    expect(schema.known).not.toHaveProperty('$schema');
    expect(await schema.parse({ x: 2, label: null })).toEqual({
      ok: true,
      value: { x: 4 },
    });
    expect(await schema.parse({ x: 'no', label: null })).toEqual({
      ok: false,
      message: '$.x: must be a number',
    });
  });

  it('accepts a Standard Schema that is a callable function, as some libraries make them', async () => {
    const callable = Object.assign(() => undefined, {
      '~standard': {
        version: 1 as const,
        vendor: 'callable',
        validate: (value: unknown) => ({ value }),
        jsonSchema: {
          input: () => ({
            type: 'object',
            properties: { a: { type: 'string' } },
          }),
          output: () => ({}),
        },
      },
    });
    const schema = new ToolSchema(callable, { strict: true, owner });
    expect(await schema.parse({ a: null })).toEqual({ ok: true, value: {} });
  });

  it('refuses a schema that cannot describe itself as JSON schema with a UserError naming the tool', () => {
    const validateOnly: StandardSchemaLike = {
      '~standard': {
        version: 1,
        vendor: 'test',
        validate: (value) => ({ value }),
      },
    };
    expect(
      () => new ToolSchema(validateOnly, { strict: true, owner: 'Tool "t"' }),
    ).toThrow(/^Tool "t": the schema cannot describe itself as JSON schema/);
    const failing: StandardSchemaLike = {
      '~standard': {
        ...validateOnly['~standard'],
        jsonSchema: {
          input: () => {
            throw new Error('dates are not supported');
          },
          output: () => ({}),
        },
      },
    };
    const error = (() => {
      try {
        new ToolSchema(failing, { strict: true, owner: 'Tool "t"' });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(
      /^Tool "t": the schema could not be converted to JSON schema \(dates are not supported\)/,
    );
  });

  it('converts zod mini on first use, so strict-mode mistakes surface then with the tool named', async () => {
    const schema = new ToolSchema(
      zm.object({ map: zm.record(zm.string(), zm.number()) }),
      { strict: true, owner: 'Tool "t"' },
    );
    expect(schema.known).toBeUndefined();
    await expect(schema.jsonSchema()).rejects.toThrow(
      /^Tool "t": \$\.map allows arbitrary keys/,
    );
  });

  it('strips synthetic nulls in a recursive plain JSON schema and checks the rest', async () => {
    const schema = new ToolSchema(
      {
        type: 'object',
        properties: {
          root: { $ref: '#/$defs/Node' },
        },
        required: ['root'],
        $defs: {
          Node: {
            type: 'object',
            properties: {
              name: { type: 'string' },
              kids: { type: 'array', items: { $ref: '#/$defs/Node' } },
            },
            required: ['name'],
          },
        },
      },
      { strict: true, owner },
    );
    expect(
      await schema.parse({
        root: { name: 'a', kids: [{ name: 'b', kids: null }] },
      }),
    ).toEqual({
      ok: true,
      value: { root: { name: 'a', kids: [{ name: 'b' }] } },
    });
    expect(
      await schema.parse({
        root: { name: 'a', kids: [{ name: 1, kids: null }] },
      }),
    ).toEqual({
      ok: false,
      message: '$.root.kids[0].name: expected string, got number',
    });
  });
});
