import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { z as z3 } from 'zod/v3';
import { UserError } from '../errors/errors.js';
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
});
