import { UserError } from '../errors/errors.js';
import type { JsonObjectSchema } from '../model/model.js';
import { isRecord } from './json-schema-check.js';

/**
 * Rewrites a JSON schema into the subset OpenAI's strict mode accepts: every object closed
 * (`additionalProperties: false`) with every property required, and each formerly optional property made nullable
 * so the model can still leave it out (by sending null, which the parser strips again).
 * @internal
 */
export function toStrictJsonSchema(
  schema: JsonObjectSchema,
  owner: string,
): JsonObjectSchema {
  return strictify(schema, owner, '$') as JsonObjectSchema;
}

function strictify(schema: unknown, owner: string, path: string): unknown {
  if (!isRecord(schema)) return schema;
  const result: Record<string, unknown> = { ...schema };
  if (isRecord(schema.properties) || schema.type === 'object') {
    if (
      isRecord(schema.additionalProperties) ||
      schema.additionalProperties === true
    ) {
      throw new UserError(
        `${owner}: ${path} allows arbitrary keys (a record or passthrough object), which strict mode cannot express. ` +
          'Declare its properties, or create the tool with `strict: false`.',
      );
    }
    const properties = isRecord(schema.properties) ? schema.properties : {};
    const required = new Set(
      Array.isArray(schema.required) ? schema.required : [],
    );
    result.properties = Object.fromEntries(
      Object.entries(properties).map(([key, property]) => {
        const strictProperty = strictify(property, owner, `${path}.${key}`);
        return [
          key,
          required.has(key) ? strictProperty : makeNullable(strictProperty),
        ];
      }),
    );
    result.required = Object.keys(properties);
    result.additionalProperties = false;
  }
  if (schema.items !== undefined)
    result.items = strictify(schema.items, owner, `${path}[]`);
  for (const keyword of ['anyOf', 'allOf'] as const) {
    const branches = schema[keyword];
    if (Array.isArray(branches))
      result[keyword] = branches.map((branch) =>
        strictify(branch, owner, path),
      );
  }
  if (Array.isArray(schema.oneOf)) {
    // Strict mode has no oneOf; anyOf accepts the same values for the disjoint unions zod produces.
    result.anyOf = schema.oneOf.map((branch) => strictify(branch, owner, path));
    delete result.oneOf;
  }
  for (const keyword of ['$defs', 'definitions'] as const) {
    const definitions = schema[keyword];
    if (isRecord(definitions)) {
      result[keyword] = Object.fromEntries(
        Object.entries(definitions).map(([name, definition]) => [
          name,
          strictify(definition, owner, `${path}/${name}`),
        ]),
      );
    }
  }
  delete result.default;
  return result;
}

function makeNullable(schema: unknown): unknown {
  if (!isRecord(schema)) return schema;
  if (
    typeof schema.type === 'string' &&
    !('enum' in schema) &&
    !('const' in schema)
  ) {
    return schema.type === 'null'
      ? schema
      : { ...schema, type: [schema.type, 'null'] };
  }
  if (Array.isArray(schema.type)) {
    return schema.type.includes('null')
      ? schema
      : { ...schema, type: [...schema.type, 'null'] };
  }
  if (Array.isArray(schema.anyOf)) {
    return schema.anyOf.some(
      (branch) => isRecord(branch) && branch.type === 'null',
    )
      ? schema
      : { ...schema, anyOf: [...schema.anyOf, { type: 'null' }] };
  }
  return { anyOf: [schema, { type: 'null' }] };
}
