import { describe, expect, it } from 'vitest';
import { z } from 'zod/v3';
import { ToolSchema } from './tool-schema.js';

describe('zod 3 schemas with shared and recursive parts', () => {
  const address = z.object({ street: z.string(), zip: z.string().optional() });
  const category: z.ZodType<{ name: string; sub?: unknown[] }> = z.lazy(() =>
    z.object({ name: z.string(), sub: z.array(category).optional() }),
  );
  const parameters = z.object({
    billing: address,
    shipping: address.optional(),
    category,
  });

  it('sends a schema used twice inline, as before, and keeps a $ref only for recursion', async () => {
    const json = await new ToolSchema(parameters, {
      strict: false,
      owner: 'Tool "t"',
    }).jsonSchema();
    expect(json.properties.shipping).toEqual(json.properties.billing);
    expect(JSON.stringify(json.properties.category)).toContain(
      '"$ref":"#/properties/category"',
    );
  });

  it('parses strict-mode arguments through the inlined and the recursive parts', async () => {
    const schema = new ToolSchema(parameters, {
      strict: true,
      owner: 'Tool "t"',
    });
    const json = await schema.jsonSchema();
    expect(Object.keys(json.$defs as object)).toEqual(['properties_category']);
    expect(
      await schema.parse({
        billing: { street: 'a', zip: null },
        shipping: { street: 'b', zip: null },
        category: { name: 'x', sub: [{ name: 'y', sub: null }] },
      }),
    ).toEqual({
      ok: true,
      value: {
        billing: { street: 'a' },
        shipping: { street: 'b' },
        category: { name: 'x', sub: [{ name: 'y' }] },
      },
    });
  });
});
