import { UserError } from '../errors/errors.js';
import type { JsonObjectSchema } from '../model/model.js';
import { allowsNull } from './allows-null.js';
import {
  describeSite,
  isRecord,
  mapSubschemas,
  resolveJsonPointer,
  type SubschemaSite,
} from './schema-walker.js';

/** A strict schema, and what the parser needs to undo it. */
export interface StrictJsonSchema {
  /** The schema to send to the model. */
  schema: JsonObjectSchema;
  /** For each closed object node of `schema`, the properties whose `null` strictifying added. */
  syntheticNulls: WeakMap<object, ReadonlySet<string>>;
}

const DEFINITION_REF = /^#\/(\$defs|definitions)\/[^/]+$/;
const UNTOUCHED_SITES: ReadonlySet<SubschemaSite['keyword']> = new Set([
  'properties',
  'additionalProperties',
  'not',
]);

/**
 * Rewrites a JSON schema into the subset OpenAI's strict mode accepts: every object closed
 * (`additionalProperties: false`) with every property required, and each formerly optional property made nullable
 * so the model can still leave it out (by sending null, which the parser strips again). The walk goes through
 * unions, tuples and definitions; `$ref`s to other places than `$defs` are moved into `$defs`, so recursive
 * schemas stay finite.
 * @internal
 */
export function toStrictJsonSchema(
  schema: JsonObjectSchema,
  owner: string,
): StrictJsonSchema {
  const strictifier = new Strictifier(schema, owner);
  const strict = strictifier.strictify(schema, '$') as JsonObjectSchema;
  if (strictifier.hoisted.size > 0) {
    strict.$defs = {
      ...(isRecord(strict.$defs) ? strict.$defs : {}),
      ...strictifier.definitions,
    };
  }
  return { schema: strict, syntheticNulls: strictifier.syntheticNulls };
}

class Strictifier {
  readonly syntheticNulls = new WeakMap<object, ReadonlySet<string>>();
  /** Pointer → name in `$defs`, for `$ref`s whose target had to be moved there. */
  readonly hoisted = new Map<string, string>();
  readonly definitions: Record<string, unknown> = {};

  constructor(
    readonly root: JsonObjectSchema,
    readonly owner: string,
  ) {}

  strictify(schema: unknown, path: string): unknown {
    if (!isRecord(schema)) return schema;
    if (typeof schema.$ref === 'string') return this.#reference(schema, path);
    if (Array.isArray(schema.allOf)) return this.#allOf(schema, path);
    // Properties are strictified with their object; `not` and record values must stay as they are.
    const result = mapSubschemas(schema, (child, site) =>
      UNTOUCHED_SITES.has(site.keyword)
        ? child
        : this.strictify(child, describeSite(path, site)),
    );
    if (Array.isArray(schema.oneOf)) {
      // Strict mode has no oneOf; anyOf accepts the same values for the disjoint unions schema libraries produce.
      result.anyOf = result.oneOf;
      delete result.oneOf;
    }
    if (isRecord(schema.properties) || schema.type === 'object')
      this.#closeObject(schema, result, path);
    if (
      result.items === false &&
      Array.isArray(result.prefixItems) &&
      typeof result.maxItems === 'number' &&
      result.maxItems <= result.prefixItems.length
    ) {
      // A boolean schema says nothing maxItems does not already say, and strict mode wants schema objects.
      delete result.items;
    }
    delete result.default;
    return result;
  }

  #closeObject(
    schema: Record<string, unknown>,
    result: Record<string, unknown>,
    path: string,
  ) {
    if (
      isRecord(schema.additionalProperties) ||
      schema.additionalProperties === true
    ) {
      throw new UserError(
        `${this.owner}: ${path} allows arbitrary keys (a record or passthrough object), which strict mode cannot express. ` +
          'Declare its properties, or create the tool with `strict: false`.',
      );
    }
    const properties = isRecord(schema.properties) ? schema.properties : {};
    const required = new Set(
      Array.isArray(schema.required) ? schema.required : [],
    );
    const synthetic = new Set<string>();
    result.properties = Object.fromEntries(
      Object.entries(properties).map(([key, property]) => {
        const strict = this.strictify(property, `${path}.${key}`);
        if (required.has(key) || allowsNull(property, this.root))
          return [key, strict];
        synthetic.add(key);
        const nullable = makeNullable(strict);
        // makeNullable may copy an object node; its own synthetic nulls must follow it.
        const inner = isRecord(strict) && this.syntheticNulls.get(strict);
        const wrapped =
          isRecord(nullable) &&
          Array.isArray(nullable.anyOf) &&
          nullable.anyOf.includes(strict);
        if (inner && isRecord(nullable) && !wrapped)
          this.syntheticNulls.set(nullable, inner);
        return [key, nullable];
      }),
    );
    result.required = Object.keys(properties);
    result.additionalProperties = false;
    if (synthetic.size > 0) this.syntheticNulls.set(result, synthetic);
  }

  #reference(schema: Record<string, unknown>, path: string): unknown {
    const ref = schema.$ref as string;
    if (ref === '#' || DEFINITION_REF.test(ref)) {
      if (resolveJsonPointer(this.root, ref) === undefined)
        throw this.#error(path, `refers to ${ref}, which does not exist`);
      return schema;
    }
    const existing = this.hoisted.get(ref);
    if (existing) return { ...schema, $ref: `#/$defs/${existing}` };
    const target = resolveJsonPointer(this.root, ref);
    if (target === undefined)
      throw this.#error(path, `refers to ${ref}, which is not in the schema`);
    const name = this.#freeName(ref);
    this.hoisted.set(ref, name);
    this.definitions[name] = this.strictify(target, ref);
    return { ...schema, $ref: `#/$defs/${name}` };
  }

  #allOf(schema: Record<string, unknown>, path: string): unknown {
    const { allOf, ...rest } = schema;
    const branches = allOf as unknown[];
    if (branches.length === 1 && isRecord(branches[0]))
      return this.strictify({ ...rest, ...branches[0] }, path);
    throw this.#error(
      path,
      'combines schemas with "allOf" (an intersection such as `z.intersection` or `.and()`), which strict mode ' +
        'does not support. Merge them into one object (for zod, `a.extend(b.shape)`), or create the tool with ' +
        '`strict: false`',
    );
  }

  #freeName(ref: string): string {
    const base = ref.slice(2).replace(/[^A-Za-z0-9_-]+/g, '_') || 'root';
    const taken = isRecord(this.root.$defs) ? this.root.$defs : {};
    let name = base;
    for (let n = 2; name in taken || name in this.definitions; n++)
      name = `${base}_${n}`;
    return name;
  }

  #error(path: string, problem: string): UserError {
    return new UserError(`${this.owner}: ${path} ${problem}.`);
  }
}

function makeNullable(schema: unknown): unknown {
  if (!isRecord(schema)) return schema;
  if (
    typeof schema.type === 'string' &&
    !('enum' in schema) &&
    !('const' in schema)
  ) {
    return { ...schema, type: [schema.type, 'null'] };
  }
  if (Array.isArray(schema.type) && !('enum' in schema))
    return { ...schema, type: [...schema.type, 'null'] };
  if (Array.isArray(schema.anyOf) && Object.keys(schema).length === 1)
    return { anyOf: [...schema.anyOf, { type: 'null' }] };
  return { anyOf: [schema, { type: 'null' }] };
}
