import { UserError } from '../errors/errors.js';
import { inlineAcyclicRefs } from './inline-acyclic-refs.js';
import { isRecord } from './schema-walker.js';
import type { StandardSchemaProps } from './standard-schema.js';

/** A JSON schema as a converter produced it, before any check of its shape. */
export type ConvertedJsonSchema = Record<string, unknown>;

/**
 * Converts a schema synchronously when it can be: a plain JSON schema (copied), or a Standard Schema with a
 * Standard JSON Schema converter (zod 4.2+ classic, and other libraries). `undefined` means the conversion needs a
 * lazily loaded module ({@link convertSchemaLater}); a schema with no converter at all is a UserError.
 * @internal
 */
export function convertSchemaNow(
  input: unknown,
  owner: string,
): ConvertedJsonSchema | undefined {
  const standard = standardProps(input);
  if (!standard && isRecord(input) && !isZodSchema(input))
    return structuredClone(input);
  const converter = standard?.jsonSchema?.input;
  if (typeof converter === 'function') {
    return attempt(owner, () =>
      converter({
        target: 'draft-2020-12',
        // zod's own option: describe what JSON schema cannot (dates, bigints) as "any" instead of throwing.
        libraryOptions:
          standard?.vendor === 'zod' ? { unrepresentable: 'any' } : undefined,
      }),
    );
  }
  if (isZodSchema(input)) return undefined;
  throw new UserError(
    `${owner}: the schema cannot describe itself as JSON schema. Use zod, a Standard Schema library that ` +
      'implements Standard JSON Schema (`~standard.jsonSchema`), or a plain JSON schema.',
  );
}

/**
 * Converts a zod schema whose instance carries no converter: zod 4 (4.0/4.1, zod 3.25's `zod/v4`, zod mini) through
 * the `toJSONSchema` function of `zod/v4/core`, zod 3 through `zod-to-json-schema`. Both load on first use only.
 * @internal
 */
export async function convertSchemaLater(
  input: unknown,
  owner: string,
): Promise<ConvertedJsonSchema> {
  if (isRecord(input) && '_zod' in input) {
    const core = await load(owner, () => import('zod/v4/core'));
    return attempt(owner, () =>
      core.toJSONSchema(input as never, {
        io: 'input',
        unrepresentable: 'any',
      }),
    );
  }
  const { zodToJsonSchema } = await load(
    owner,
    () => import('zod-to-json-schema'),
  );
  // Refs to the first occurrence keep recursive (z.lazy) schemas finite; all other refs are inlined again, and
  // strictifying moves the recursive ones into $defs.
  const converted = attempt(owner, () =>
    zodToJsonSchema(input as never, {
      $refStrategy: 'root',
      target: 'jsonSchema7',
    }),
  );
  return inlineAcyclicRefs(converted);
}

/** The `~standard` properties of a Standard Schema, if `input` is one. */
export function standardProps(input: unknown): StandardSchemaProps | undefined {
  // Some libraries (ArkType) make their schemas callable functions.
  const holder =
    isRecord(input) || typeof input === 'function'
      ? (input as { '~standard'?: unknown })
      : undefined;
  const props = holder?.['~standard'];
  return isRecord(props) && typeof props.validate === 'function'
    ? (props as unknown as StandardSchemaProps)
    : undefined;
}

/** zod schemas of either major version have `safeParse` and a definition (`_def` in 3, `_zod` in 4). */
export function isZodSchema(input: unknown): boolean {
  return (
    isRecord(input) &&
    typeof input.safeParse === 'function' &&
    ('_zod' in input || '_def' in input)
  );
}

function attempt(owner: string, convert: () => unknown): ConvertedJsonSchema {
  let converted: unknown;
  try {
    converted = convert();
  } catch (error) {
    throw new UserError(
      `${owner}: the schema could not be converted to JSON schema (${(error as Error).message}). ` +
        'Remove what JSON schema cannot express (transforms on inputs, custom types), or pass a JSON schema.',
    );
  }
  if (!isRecord(converted))
    throw new UserError(`${owner}: the schema converted to no JSON schema.`);
  return converted;
}

async function load<T>(owner: string, importer: () => Promise<T>): Promise<T> {
  try {
    return await importer();
  } catch (error) {
    throw new UserError(
      `${owner}: converting this zod schema needs zod installed next to @baton/core (${(error as Error).message}).`,
    );
  }
}
