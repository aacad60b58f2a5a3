import type { JsonObjectSchema } from '../model/model.js';

const SIMPLE_TYPES = new Set(['string', 'number', 'integer', 'boolean']);

/**
 * A short summary of an agent tool's input schema for the nested agent, one line per field
 * (`- name (type, required) - description`), as the Agents SDK writes it. As there, a summary is made only when it
 * says more than the data: when the schema or one of its fields has a description, and every field is a simple
 * value (a string, number, integer or boolean, possibly nullable, an enum or a constant). Read from the JSON schema
 * sent to the model, so a zod field that is optional reads as nullable and required (strict mode).
 * @internal
 */
export function summarizeInputSchema(
  schema: JsonObjectSchema,
): string | undefined {
  const properties = schema.properties;
  if (schema.type !== 'object' || typeof properties !== 'object') return;
  const required = new Set(
    Array.isArray(schema.required) ? (schema.required as string[]) : [],
  );
  const lines: string[] = [];
  const description = describe(schema);
  let described = description !== undefined;
  if (description) lines.push(`Description: ${description}`);
  for (const [name, field] of Object.entries(
    properties as Record<string, unknown>,
  )) {
    const type = typeLabel(field);
    if (type === undefined) return undefined;
    const note = describe(field);
    if (note) described = true;
    const requirement = required.has(name) ? 'required' : 'optional';
    lines.push(
      `- ${name} (${type}, ${requirement})${note ? ` - ${note}` : ''}`,
    );
  }
  return described ? lines.join('\n') : undefined;
}

function describe(value: unknown): string | undefined {
  const text = (value as { description?: unknown } | null)?.description;
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}

function typeLabel(field: unknown): string | undefined {
  if (typeof field !== 'object' || field === null) return undefined;
  const schema = field as Record<string, unknown>;
  if (
    ['properties', 'items', 'oneOf', 'anyOf', 'allOf'].some((k) => k in schema)
  )
    return undefined;
  const { type } = schema;
  if (Array.isArray(type)) {
    const simple = type.filter((entry) => SIMPLE_TYPES.has(entry as string));
    const nullable = type.includes('null');
    if (simple.length !== 1 || type.length !== 1 + (nullable ? 1 : 0))
      return undefined;
    return nullable ? `${simple[0]} | null` : String(simple[0]);
  }
  if (typeof type === 'string')
    return SIMPLE_TYPES.has(type) ? type : undefined;
  if (Array.isArray(schema.enum)) {
    const shown = schema.enum.slice(0, 5).map((value) => JSON.stringify(value));
    return `enum(${shown.join(' | ')}${schema.enum.length > 5 ? ' | ...' : ''})`;
  }
  if ('const' in schema) return `literal(${JSON.stringify(schema.const)})`;
  return undefined;
}
