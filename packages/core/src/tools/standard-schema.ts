/**
 * A schema that follows the Standard Schema spec (v1, standardschema.dev): zod 3.24+, zod 4 (classic and mini),
 * Valibot, ArkType and others. As tool parameters or an output type it also needs a JSON-schema converter
 * (`~standard.jsonSchema`, the Standard JSON Schema spec), unless it is a zod schema, which Baton converts itself.
 * Declared here structurally so that core needs no package for it.
 */
export interface StandardSchemaLike<TInput = unknown, TOutput = TInput> {
  /** The Standard Schema properties. */
  readonly '~standard': StandardSchemaProps<TInput, TOutput>;
}

/** The `~standard` properties of a {@link StandardSchemaLike}. */
export interface StandardSchemaProps<TInput = unknown, TOutput = TInput> {
  /** The spec version: 1. */
  readonly version: 1;
  /** The schema library's name. */
  readonly vendor: string;
  /** Checks a value; may answer asynchronously. */
  readonly validate: (
    value: unknown,
  ) => StandardSchemaResult<TOutput> | Promise<StandardSchemaResult<TOutput>>;
  /** The input and output types, for inference only. */
  readonly types?: StandardSchemaTypes<TInput, TOutput> | undefined;
  /** The Standard JSON Schema converter, when the library has one. */
  readonly jsonSchema?: StandardJsonSchemaConverter | undefined;
}

/** The types a {@link StandardSchemaLike} carries, for inference only. */
export interface StandardSchemaTypes<TInput = unknown, TOutput = TInput> {
  /** What the schema accepts. */
  readonly input: TInput;
  /** What validation produces. */
  readonly output: TOutput;
}

/** The outcome of `~standard.validate`: a value, or issues. */
export type StandardSchemaResult<TOutput> =
  | { readonly value: TOutput; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<StandardSchemaIssue> };

/** One problem `~standard.validate` found. */
export interface StandardSchemaIssue {
  /** What is wrong. */
  readonly message: string;
  /** Where: property names and indexes, bare or as `{ key }` segments. */
  readonly path?:
    ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}

/** The Standard JSON Schema converter (`~standard.jsonSchema`). */
export interface StandardJsonSchemaConverter {
  /** The JSON schema of what the schema accepts. */
  readonly input: (options: StandardJsonSchemaOptions) => object;
  /** The JSON schema of what validation produces. */
  readonly output: (options: StandardJsonSchemaOptions) => object;
}

/** Options for a {@link StandardJsonSchemaConverter}. */
export interface StandardJsonSchemaOptions {
  /** The JSON Schema dialect wanted, e.g. `"draft-2020-12"`. */
  readonly target: string;
  /** Options for the library itself. */
  readonly libraryOptions?: Record<string, unknown> | undefined;
}

/** The output type of a schema: its Standard Schema output type, zod's `_output`, or a plain object. */
export type InferSchemaOutput<TSchema> = TSchema extends {
  readonly '~standard': { readonly types?: infer TTypes };
}
  ? NonNullable<TTypes> extends { readonly output: infer TOutput }
    ? TOutput
    : FallbackOutput<TSchema>
  : FallbackOutput<TSchema>;

type FallbackOutput<TSchema> = TSchema extends { readonly _output: infer T }
  ? T
  : Record<string, unknown>;
