import type { JsonObjectSchema, OutputFormat } from '../model/model.js';
import type {
  InferSchemaOutput,
  StandardSchemaLike,
} from '../tools/standard-schema.js';
import {
  ToolSchema,
  type SchemaParseResult,
  type ZodLikeSchema,
} from '../tools/tool-schema.js';
import type { MaybePromise } from '../run/is-promise.js';

/** A structured output declared as a raw JSON schema. */
export interface JsonSchemaOutputType {
  type: 'json_schema';
  /** The schema's name as the model sees it. */
  name: string;
  /** Whether the model must follow the schema exactly. Default `true`. */
  strict?: boolean;
  /** A JSON schema of `"type": "object"`. */
  schema: JsonObjectSchema;
}

/** The `@openai/agents` name of {@link JsonSchemaOutputType}. */
export type JsonSchemaDefinition = JsonSchemaOutputType;

/** What an agent's final output is: text, or an object described by a zod schema, a Standard Schema or a JSON schema. */
export type AgentOutputType =
  'text' | ZodLikeSchema | StandardSchemaLike | JsonSchemaOutputType;

/** The TypeScript type of a final output for a given `outputType`. */
export type ResolvedAgentOutput<TOutput> = TOutput extends 'text'
  ? string
  : TOutput extends JsonSchemaOutputType
    ? unknown
    : TOutput extends ZodLikeSchema | StandardSchemaLike
      ? InferSchemaOutput<TOutput>
      : never;

/**
 * An agent's output type made usable: the format to request and the parser for the final text.
 * @internal
 */
export class OutputSchema {
  readonly #name: string;
  readonly #schema: ToolSchema | undefined;
  readonly #strict: boolean;
  #format?: OutputFormat;

  constructor(outputType: AgentOutputType, agentName: string) {
    if (outputType === 'text') {
      this.#name = 'text';
      this.#strict = true;
      this.#schema = undefined;
      this.#format = { type: 'text' };
      return;
    }
    const isJsonSchema =
      'type' in outputType &&
      outputType.type === 'json_schema' &&
      'schema' in outputType;
    this.#name = isJsonSchema
      ? (outputType as JsonSchemaOutputType).name
      : 'output';
    this.#strict = isJsonSchema
      ? ((outputType as JsonSchemaOutputType).strict ?? true)
      : true;
    const input = isJsonSchema
      ? (outputType as JsonSchemaOutputType).schema
      : (outputType as ZodLikeSchema | StandardSchemaLike);
    this.#schema = new ToolSchema(input, {
      strict: this.#strict,
      owner: `Agent "${agentName}" outputType`,
    });
  }

  /** Whether the agent answers in plain text. */
  get isText(): boolean {
    return this.#schema === undefined;
  }

  /** @internal What {@link format} resolves with, once it is known (always, for text). */
  get knownFormat(): OutputFormat | undefined {
    return this.#format;
  }

  /** The `text.format` to request. */
  async format(): Promise<OutputFormat> {
    this.#format ??= {
      type: 'json_schema',
      name: this.#name,
      strict: this.#strict,
      schema: await this.#schema!.jsonSchema(),
    };
    return this.#format;
  }

  /** Checks a value that is already parsed (a tool's object result, say) against the declared output. */
  async check(value: unknown): Promise<SchemaParseResult> {
    if (!this.#schema) return { ok: true, value };
    return this.#schema.parse(value);
  }

  /** Parses the model's final text into the declared output. */
  async parse(text: string): Promise<SchemaParseResult> {
    return this.parseText(text);
  }

  /** @internal {@link parse}, without a promise when the schema's check is done at once (zod's is). */
  parseText(text: string): MaybePromise<SchemaParseResult> {
    if (!this.#schema) return { ok: true, value: text };
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return {
        ok: false,
        message: `the final output is not valid JSON (${(error as Error).message})`,
      };
    }
    return this.#schema.parseValue(value);
  }
}
