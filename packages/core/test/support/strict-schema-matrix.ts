import { describe, expect, it } from 'vitest';
import { ToolSchema } from '../../src/tools/tool-schema.js';

/**
 * The problems OpenAI's strict mode would have with a schema: objects not closed, properties not all required,
 * keywords it does not support, `$ref`s that do not point at `#` or a `$defs` entry, nodes without a type.
 * Written independently of Baton's walker so that it checks the walker rather than repeating it.
 */
export function strictModeProblems(schema: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const defs = (schema.$defs ?? {}) as Record<string, unknown>;
  if (schema.type !== 'object') problems.push('$: the root must be an object');
  const visit = (node: unknown, path: string): void => {
    if (typeof node !== 'object' || node === null) {
      problems.push(`${path}: not a schema object`);
      return;
    }
    const record = node as Record<string, any>;
    for (const keyword of ['oneOf', 'allOf', 'not', 'default'])
      if (keyword in record) problems.push(`${path}: uses ${keyword}`);
    if (typeof record.$ref === 'string') {
      const name = /^#\/\$defs\/(.+)$/.exec(record.$ref)?.[1];
      if (record.$ref !== '#' && !(name && name in defs))
        problems.push(`${path}: $ref ${record.$ref} is not # or a $defs entry`);
      return;
    }
    const types = [record.type].flat();
    if (!record.type && !record.anyOf && !('const' in record) && !record.enum)
      problems.push(`${path}: has no type`);
    if (types.includes('object')) {
      const keys = Object.keys(record.properties ?? {});
      if (record.additionalProperties !== false)
        problems.push(`${path}: object not closed`);
      if ([...(record.required ?? [])].sort().join() !== keys.sort().join())
        problems.push(`${path}: not every property is required`);
      for (const key of keys) visit(record.properties[key], `${path}.${key}`);
    }
    if (record.items && typeof record.items === 'object')
      visit(record.items, `${path}[]`);
    (record.prefixItems ?? []).forEach((item: unknown, index: number) =>
      visit(item, `${path}[${index}]`),
    );
    (record.anyOf ?? []).forEach((branch: unknown, index: number) =>
      visit(branch, `${path}|${index}`),
    );
  };
  visit({ ...schema, $defs: undefined }, '$');
  for (const [name, definition] of Object.entries(defs))
    visit(definition, `#/$defs/${name}`);
  return problems;
}

/** How a zod flavour spells the few constructors the matrix needs (classic, mini and zod 3 all have these). */
export type ZodNamespace = Record<string, any>;

/**
 * Registers the strict-mode cases every supported zod flavour must pass: optional fields, a discriminated union
 * with optional fields in its branches, and a recursive (`z.lazy`) schema. Each checks that the strict JSON schema
 * is one OpenAI accepts, and that the model's strict-mode arguments (nulls for absent optionals) parse to zod's
 * own value for the same arguments without those nulls.
 */
export function describeStrictSchemaMatrix(label: string, z: ZodNamespace) {
  const owner = `Tool "${label}"`;
  const strictSchema = async (parameters: unknown) => {
    const schema = new ToolSchema(parameters as never, { strict: true, owner });
    const json = await schema.jsonSchema();
    expect(strictModeProblems(json)).toEqual([]);
    return { schema, json };
  };

  describe(`strict schemas from ${label}`, () => {
    it('makes optional fields required and nullable, strips the nulls, and keeps nulls the schema allows', async () => {
      const parameters = z.object({
        city: z.string(),
        days: z.optional(z.number()),
        note: z.optional(z.nullable(z.string())),
      });
      const { schema, json } = await strictSchema(parameters);
      expect(json.required).toEqual(['city', 'days', 'note']);
      const parsed = await schema.parse({
        city: 'Oslo',
        days: null,
        note: null,
      });
      expect(parsed).toEqual({
        ok: true,
        value: parameters.parse({ city: 'Oslo', note: null }),
      });
      expect(parsed).toEqual({ ok: true, value: { city: 'Oslo', note: null } });
    });

    it('strips synthetic nulls inside the branches of a discriminated union', async () => {
      const parameters = z.object({
        shape: z.discriminatedUnion('kind', [
          z.object({
            kind: z.literal('circle'),
            radius: z.optional(z.number()),
          }),
          z.object({
            kind: z.literal('square'),
            side: z.number(),
            label: z.optional(z.string()),
          }),
        ]),
      });
      const { schema } = await strictSchema(parameters);
      const sent = { shape: { kind: 'square', side: 2, label: null } };
      expect(await schema.parse(sent)).toEqual({
        ok: true,
        value: parameters.parse({ shape: { kind: 'square', side: 2 } }),
      });
      expect(
        await schema.parse({ shape: { kind: 'circle', radius: null } }),
      ).toEqual({ ok: true, value: { shape: { kind: 'circle' } } });
    });

    it('strips synthetic nulls at every depth of a recursive schema', async () => {
      const node: Record<string, any> = z.lazy(() =>
        z.object({ name: z.string(), children: z.optional(z.array(node)) }),
      );
      const parameters = z.object({ tree: node, extra: z.optional(node) });
      const { schema, json } = await strictSchema(parameters);
      expect(JSON.stringify(json)).toContain('"$ref"');
      const sent = {
        tree: {
          name: 'a',
          children: [{ name: 'b', children: [{ name: 'c', children: null }] }],
        },
        extra: null,
      };
      const expected = {
        tree: {
          name: 'a',
          children: [{ name: 'b', children: [{ name: 'c' }] }],
        },
      };
      expect(await schema.parse(sent)).toEqual({
        ok: true,
        value: parameters.parse(expected),
      });
      expect(await schema.parse(sent)).toEqual({ ok: true, value: expected });
    });

    it('strips synthetic nulls when the parameters themselves recurse (a $ref to the root)', async () => {
      const tree: Record<string, any> = z.lazy(() =>
        z.object({ name: z.string(), children: z.optional(z.array(tree)) }),
      );
      const { schema, json } = await strictSchema(tree);
      expect(JSON.stringify(json)).toContain('"$ref":"#');
      const sent = { name: 'a', children: [{ name: 'b', children: null }] };
      const expected = { name: 'a', children: [{ name: 'b' }] };
      expect(await schema.parse(sent)).toEqual({
        ok: true,
        value: tree.parse(expected),
      });
      expect(await schema.parse(sent)).toEqual({ ok: true, value: expected });
    });
  });
}
