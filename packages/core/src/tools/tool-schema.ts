import { UserError } from '../errors/errors.js';
import type { JsonObjectSchema } from '../model/model.js';
import { checkJsonSchema, isRecord } from './json-schema-check.js';
import { toStrictJsonSchema } from './strict-json-schema.js';

/** A zod schema of either major version: both have `safeParse` and carry their output type as `_output`. */
export interface ZodLikeSchema<TOutput = unknown> {
  safeParse(value: unknown): {
    success: boolean;
    data?: unknown;
    error?: unknown;
  };
  readonly _output: TOutput;
}

/** What a tool's parameters (or a structured output) may be declared with. */
export type SchemaInput = ZodLikeSchema | JsonObjectSchema;

/** The outcome of checking a value against a schema. */
export type SchemaParseResult =
  { ok: true; value: unknown } | { ok: false; message: string };

/**
 * One schema, seen two ways: the JSON schema sent to the model, and the parser for what the model sends back.
 * @internal
 */
export class ToolSchema {
  readonly #input: SchemaInput;
  readonly #strict: boolean;
  #loose?: JsonObjectSchema;
  #sent?: JsonObjectSchema;

  constructor(input: SchemaInput, options: { strict: boolean; owner: string }) {
    this.#input = input;
    this.#strict = options.strict;
    if (!isZod(input) && !(isRecord(input) && input.type === 'object'))
      throw notAnObject(options.owner);
    // zod 3 needs zod-to-json-schema, loaded on first use; everything else converts now.
    if (!isZodV3(input)) this.#settle(toLooseJsonSchema(input), options.owner);
  }

  /** The JSON schema as sent to the model, when already known (always, except for zod 3 before first use). */
  get known(): JsonObjectSchema | undefined {
    return this.#sent;
  }

  /** The JSON schema as sent to the model (strict when the tool is strict). */
  async jsonSchema(owner = 'schema'): Promise<JsonObjectSchema> {
    if (!this.#sent) {
      const { zodToJsonSchema } = await import('zod-to-json-schema');
      const converted = zodToJsonSchema(this.#input as never, {
        $refStrategy: 'none',
        target: 'jsonSchema7',
      });
      this.#settle(converted as JsonObjectSchema, owner);
    }
    return this.#sent!;
  }

  /** Checks a parsed JSON value, first dropping the nulls that strict mode made the model send for absent fields. */
  async parse(value: unknown): Promise<SchemaParseResult> {
    await this.jsonSchema();
    const cleaned = this.#strict
      ? stripSyntheticNulls(value, this.#loose)
      : value;
    if (isZod(this.#input)) {
      const result = this.#input.safeParse(cleaned);
      return result.success
        ? { ok: true, value: result.data }
        : { ok: false, message: describeZodError(result.error) };
    }
    const issues = checkJsonSchema(this.#loose, cleaned);
    return issues.length === 0
      ? { ok: true, value: cleaned }
      : { ok: false, message: issues.join('; ') };
  }

  #settle(loose: JsonObjectSchema, owner: string) {
    const { $schema: _drop, ...rest } = loose;
    if (rest.type !== 'object') throw notAnObject(owner);
    this.#loose = rest as JsonObjectSchema;
    this.#sent = this.#strict
      ? toStrictJsonSchema(this.#loose, owner)
      : this.#loose;
  }
}

function notAnObject(owner: string): UserError {
  return new UserError(
    `${owner}: the schema must be a zod object schema or a JSON schema with "type": "object".`,
  );
}

function isZod(input: unknown): input is ZodLikeSchema {
  return isRecord(input) && typeof input.safeParse === 'function';
}

function isZodV3(input: unknown): boolean {
  return isZod(input) && !('_zod' in input) && '_def' in input;
}

function toLooseJsonSchema(input: SchemaInput): JsonObjectSchema {
  if (!isZod(input)) return structuredClone(input);
  const convert = (input as { toJSONSchema?: (options?: object) => unknown })
    .toJSONSchema;
  if (typeof convert !== 'function') {
    throw new UserError(
      'This zod schema cannot describe itself as JSON schema; use zod 4 classic or zod 3.',
    );
  }
  return convert.call(input, {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonObjectSchema;
}

function describeZodError(error: unknown): string {
  const issues =
    isRecord(error) && Array.isArray(error.issues) ? error.issues : [];
  if (issues.length === 0) return String(error);
  return issues
    .map(
      (issue: { path?: unknown[]; message?: string }) =>
        `${['$', ...(issue.path ?? [])].join('.')}: ${issue.message}`,
    )
    .join('; ');
}

/** Strict mode sends every property as required and nullable; a null for a field the tool declared optional means "absent". */
function stripSyntheticNulls(value: unknown, schema: unknown): unknown {
  if (!isRecord(schema)) return value;
  if (Array.isArray(value))
    return value.map((element) => stripSyntheticNulls(element, schema.items));
  if (!isRecord(value) || !isRecord(schema.properties)) return value;
  const required = new Set(
    Array.isArray(schema.required) ? schema.required : [],
  );
  const result: Record<string, unknown> = {};
  for (const [key, element] of Object.entries(value)) {
    const propertySchema = schema.properties[key];
    if (element === null && !required.has(key) && !allowsNull(propertySchema))
      continue;
    result[key] = stripSyntheticNulls(element, propertySchema);
  }
  return result;
}

function allowsNull(schema: unknown): boolean {
  if (!isRecord(schema)) return true;
  if (
    schema.type === 'null' ||
    (Array.isArray(schema.type) && schema.type.includes('null'))
  )
    return true;
  const branches = [schema.anyOf, schema.oneOf].find(Array.isArray);
  return branches ? branches.some(allowsNull) : false;
}
