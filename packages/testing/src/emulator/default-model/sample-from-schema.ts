import { pickString } from './pick-string.js';
import { wordsMatch, wordsOf } from './words-of.js';

type Schema = Record<string, unknown>;

/** Beyond this nesting, optional structure is left empty so recursive schemas terminate. */
const MAX_DEPTH = 6;

/**
 * Builds a value that validates against a JSON schema, reusing what the user wrote where it fits: an enum value or
 * word the text mentions, a number it contains. Handles enums, consts, strings (formats, lengths), numbers,
 * booleans, arrays, nested objects, nullable types, `anyOf`/`oneOf`/`allOf` and local `$ref`s.
 * @internal
 */
export function sampleFromSchema(schema: Schema, userText = ''): unknown {
  return new SchemaSampler(schema, userText).sample(schema, 0, '');
}

class SchemaSampler {
  #root: Schema;
  #text: string;
  #words: string[];
  #numbers: number[];
  #usedWords = new Set<string>();

  constructor(root: Schema, text: string) {
    this.#root = root;
    this.#text = text;
    this.#words = wordsOf(text);
    this.#numbers = (text.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  }

  sample(input: Schema, depth: number, key: string): unknown {
    const schema = this.#resolve(input);
    if ('const' in schema) return schema.const;
    if (Array.isArray(schema.enum)) return this.#pickEnum(schema.enum);
    const branches = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
    if (Array.isArray(branches))
      return this.#sampleBranch(branches, depth, key);
    if (Array.isArray(schema.allOf))
      return this.sample(mergeAll(schema.allOf as Schema[]), depth, key);
    switch (this.#typeOf(schema, depth)) {
      case 'null':
        return null;
      case 'boolean':
        return true;
      case 'integer':
        return this.#pickNumber(schema, true);
      case 'number':
        return this.#pickNumber(schema, false);
      case 'array':
        return this.#sampleArray(schema, depth, key);
      case 'object':
        return this.#sampleObject(schema, depth);
      default:
        return pickString({
          schema,
          key,
          words: this.#words,
          used: this.#usedWords,
        });
    }
  }

  #resolve(schema: Schema): Schema {
    let current = schema;
    for (
      let hops = 0;
      typeof current.$ref === 'string' && hops < 32;
      hops += 1
    ) {
      const { $ref, ...rest } = current;
      current = { ...resolvePointer(this.#root, $ref as string), ...rest };
    }
    return current;
  }

  #typeOf(schema: Schema, depth: number): string {
    const { type } = schema;
    if (Array.isArray(type)) {
      const nonNull = type.filter((name) => name !== 'null');
      if (nonNull.length === 0 || (depth >= MAX_DEPTH && type.includes('null')))
        return 'null';
      return String(nonNull[0]);
    }
    if (typeof type === 'string') return type;
    if (schema.properties) return 'object';
    if (schema.items) return 'array';
    return 'string';
  }

  #pickEnum(values: unknown[]): unknown {
    const text = this.#text.toLowerCase();
    const mentioned = values.find(
      (value) =>
        typeof value === 'string' &&
        value !== '' &&
        (this.#words.some((word) => wordsMatch(word, value)) ||
          text.includes(value.toLowerCase())),
    );
    return mentioned ?? values[0];
  }

  #sampleBranch(branches: Schema[], depth: number, key: string): unknown {
    const resolved = branches.map((branch) => this.#resolve(branch));
    const isNull = (branch: Schema) => branch.type === 'null';
    const choice =
      depth >= MAX_DEPTH && resolved.some(isNull)
        ? resolved.find(isNull)
        : resolved.find((b) => !isNull(b));
    return this.sample(choice ?? resolved[0] ?? {}, depth, key);
  }

  #pickNumber(schema: Schema, integer: boolean): number {
    const min = numberOr(schema.minimum, -Infinity);
    const max = numberOr(schema.maximum, Infinity);
    const exclusiveMin = numberOr(schema.exclusiveMinimum, -Infinity);
    const exclusiveMax = numberOr(schema.exclusiveMaximum, Infinity);
    const multipleOf = numberOr(schema.multipleOf, integer ? 1 : 0);
    const fits = (value: number) =>
      value >= min &&
      value <= max &&
      value > exclusiveMin &&
      value < exclusiveMax &&
      (!integer || Number.isInteger(value)) &&
      (multipleOf === 0 || Number.isInteger(value / multipleOf));
    const index = this.#numbers.findIndex(fits);
    if (index !== -1) return this.#numbers.splice(index, 1)[0] as number;
    const step = multipleOf || (integer ? 1 : 0.5);
    let value = Number.isFinite(min)
      ? min
      : Number.isFinite(exclusiveMin)
        ? exclusiveMin + step
        : 1;
    if (multipleOf) value = Math.ceil(value / multipleOf) * multipleOf;
    if (!fits(value) && Number.isFinite(max))
      value = multipleOf ? Math.floor(max / multipleOf) * multipleOf : max;
    if (!fits(value) && Number.isFinite(exclusiveMax))
      value = exclusiveMax - step;
    return integer ? Math.round(value) : value;
  }

  #sampleArray(schema: Schema, depth: number, key: string): unknown[] {
    const minItems = numberOr(schema.minItems, 0);
    const maxItems = numberOr(schema.maxItems, Infinity);
    const count =
      depth >= MAX_DEPTH ? minItems : Math.min(Math.max(minItems, 1), maxItems);
    const prefix = Array.isArray(schema.prefixItems)
      ? (schema.prefixItems as Schema[])
      : [];
    const items = (
      typeof schema.items === 'object' && schema.items !== null
        ? schema.items
        : {}
    ) as Schema;
    const values: unknown[] = [];
    for (let index = 0; index < Math.max(count, prefix.length); index += 1) {
      values.push(this.sample(prefix[index] ?? items, depth + 1, key));
    }
    return values;
  }

  #sampleObject(schema: Schema, depth: number): Record<string, unknown> {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    const required = new Set(
      Array.isArray(schema.required) ? (schema.required as string[]) : [],
    );
    const value: Record<string, unknown> = {};
    for (const [name, property] of Object.entries(properties)) {
      // Deep inside a recursive schema, optional properties are what lets the value end.
      if (depth >= MAX_DEPTH && !required.has(name)) continue;
      value[name] = this.sample(property, depth + 1, name);
    }
    return value;
  }
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

function resolvePointer(root: Schema, ref: string): Schema {
  if (!ref.startsWith('#')) return {};
  const segments = ref
    .slice(1)
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) =>
      decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~'),
    );
  let node: unknown = root;
  for (const segment of segments)
    node = (node as Record<string, unknown> | undefined)?.[segment];
  return typeof node === 'object' && node !== null ? (node as Schema) : {};
}

function mergeAll(schemas: Schema[]): Schema {
  const merged: Schema = {};
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const schema of schemas) {
    Object.assign(merged, schema);
    Object.assign(properties, schema.properties ?? {});
    if (Array.isArray(schema.required))
      required.push(...(schema.required as string[]));
  }
  if (Object.keys(properties).length > 0) merged.properties = properties;
  if (required.length > 0) merged.required = [...new Set(required)];
  return merged;
}
