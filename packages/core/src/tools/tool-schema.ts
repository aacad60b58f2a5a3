import { UserError } from '../errors/errors.js';
import type { JsonObjectSchema } from '../model/model.js';
import {
  compileNullStripper,
  type NullStripper,
} from './compile-null-stripper.js';
import { checkJsonSchema } from './json-schema-check.js';
import {
  convertSchemaLater,
  convertSchemaNow,
  isZodSchema,
  standardProps,
  type ConvertedJsonSchema,
} from './schema-to-json-schema.js';
import { isRecord } from './schema-walker.js';
import type {
  StandardSchemaIssue,
  StandardSchemaLike,
  StandardSchemaProps,
  StandardSchemaResult,
} from './standard-schema.js';
import { toStrictJsonSchema } from './strict-json-schema.js';
import { isPromise, type MaybePromise } from '../run/is-promise.js';

/** A zod schema of either major version: both have `safeParse` and carry their output type as `_output`. */
export interface ZodLikeSchema<TOutput = unknown> {
  safeParse(value: unknown): {
    success: boolean;
    data?: unknown;
    error?: unknown;
  };
  readonly _output: TOutput;
}

/**
 * What a tool's parameters (or a structured output) may be declared with: a zod object schema (zod 3, zod 4
 * classic or mini), any Standard Schema with a Standard JSON Schema converter, or a JSON schema of `"type": "object"`.
 */
export type SchemaInput = ZodLikeSchema | StandardSchemaLike | JsonObjectSchema;

/** The outcome of checking a value against a schema. */
export type SchemaParseResult =
  { ok: true; value: unknown } | { ok: false; message: string };

/**
 * One schema, seen two ways: the JSON schema sent to the model, and the parser for what the model sends back.
 * Everything derived from the schema (JSON schema, strict schema, null stripper) is built once.
 * @internal
 */
export class ToolSchema {
  readonly #input: SchemaInput;
  readonly #strict: boolean;
  readonly #owner: string;
  readonly #standard: StandardSchemaProps | undefined;
  #loose?: JsonObjectSchema;
  #sent?: JsonObjectSchema;
  #strip?: NullStripper;
  #converting?: Promise<void>;

  constructor(input: SchemaInput, options: { strict: boolean; owner: string }) {
    this.#input = input;
    this.#strict = options.strict;
    this.#owner = options.owner;
    this.#standard = standardProps(input);
    const isLibrary = this.#standard !== undefined || isZodSchema(input);
    if (!isLibrary && !(isRecord(input) && input.type === 'object'))
      throw notAnObject(options.owner);
    // Older zod versions convert through a module loaded on first use; everything else converts now.
    const converted = convertSchemaNow(input, options.owner);
    if (converted) this.#settle(converted);
  }

  /** The JSON schema as sent to the model, when already known (it is, unless a lazily loaded converter is needed). */
  get known(): JsonObjectSchema | undefined {
    return this.#sent;
  }

  /**
   * The JSON schema as sent to the model (strict when the tool is strict). Errors name the owner given at
   * construction; the parameter is accepted for older callers and ignored.
   */
  async jsonSchema(_owner?: string): Promise<JsonObjectSchema> {
    if (!this.#sent) {
      this.#converting ??= convertSchemaLater(this.#input, this.#owner).then(
        (converted) => this.#settle(converted),
      );
      await this.#converting;
    }
    return this.#sent!;
  }

  /** Checks a parsed JSON value, first dropping the nulls that strict mode made the model send for absent fields. */
  async parse(value: unknown): Promise<SchemaParseResult> {
    return this.parseValue(value);
  }

  /**
   * @internal {@link parse}, without a promise when the check is done at once (a converted schema whose validator
   * is synchronous, as zod's is): a run checks every tool call's arguments and every structured final output.
   */
  parseValue(value: unknown): MaybePromise<SchemaParseResult> {
    if (!this.#sent)
      return this.jsonSchema().then(() => this.parseValue(value));
    const cleaned = this.#strip ? this.#strip(value) : value;
    if (this.#standard) {
      const result = this.#standard.validate(cleaned);
      return isPromise(result)
        ? Promise.resolve(result).then(standardResult)
        : standardResult(result as StandardSchemaResult<unknown>);
    }
    if (isZodSchema(this.#input)) {
      const result = (this.#input as ZodLikeSchema).safeParse(cleaned);
      return result.success
        ? { ok: true, value: result.data }
        : { ok: false, message: describeZodError(result.error) };
    }
    const issues = checkJsonSchema(this.#loose, cleaned);
    return issues.length === 0
      ? { ok: true, value: cleaned }
      : { ok: false, message: issues.join('; ') };
  }

  #settle(converted: ConvertedJsonSchema) {
    const { $schema: _drop, ...loose } = converted;
    if (loose.type !== 'object') throw notAnObject(this.#owner);
    this.#loose = loose as JsonObjectSchema;
    if (!this.#strict) {
      this.#sent = this.#loose;
      return;
    }
    const strict = toStrictJsonSchema(this.#loose, this.#owner);
    this.#strip = compileNullStripper(strict);
    this.#sent = strict.schema;
  }
}

function standardResult(
  result: StandardSchemaResult<unknown>,
): SchemaParseResult {
  return result.issues
    ? { ok: false, message: describeIssues(result.issues) }
    : { ok: true, value: result.value };
}

function notAnObject(owner: string): UserError {
  return new UserError(
    `${owner}: the schema must be an object schema (zod, or another Standard Schema) or a JSON schema with "type": "object".`,
  );
}

function describeIssues(issues: ReadonlyArray<StandardSchemaIssue>): string {
  if (issues.length === 0) return 'the value does not match the schema';
  return issues
    .map((issue) => {
      const path = (issue.path ?? []).map((segment) =>
        String(isRecord(segment) ? segment.key : segment),
      );
      return `${['$', ...path].join('.')}: ${issue.message}`;
    })
    .join('; ');
}

function describeZodError(error: unknown): string {
  const issues =
    isRecord(error) && Array.isArray(error.issues) ? error.issues : [];
  return issues.length === 0
    ? String(error)
    : describeIssues(issues as StandardSchemaIssue[]);
}
