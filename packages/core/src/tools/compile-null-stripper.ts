import { checkJsonSchema } from './json-schema-check.js';
import {
  forEachSubschema,
  isRecord,
  resolveJsonPointer,
  type SubschemaSite,
} from './schema-walker.js';
import type { StrictJsonSchema } from './strict-json-schema.js';

/** Removes, from a value the model sent in strict mode, the nulls that stand for absent optional properties. */
export type NullStripper = (value: unknown) => unknown;

const SCALAR_TYPES = new Set([
  'string',
  'number',
  'integer',
  'boolean',
  'null',
]);

/**
 * Compiles, once per schema, the function that undoes strictifying: it walks a value alongside the strict schema
 * (through objects, arrays, tuples, unions and `$ref`s) and drops exactly the nulls that strictifying added.
 * Subtrees without such nulls compile to nothing, so most values pass through untouched.
 * @internal
 */
export function compileNullStripper(strict: StrictJsonSchema): NullStripper {
  return new StripperCompiler(strict).compile(strict.schema) ?? identity;
}

function identity(value: unknown): unknown {
  return value;
}

class StripperCompiler {
  readonly #strict: StrictJsonSchema;
  /** Compiled nodes by schema object; `null` while a node is being compiled (a cycle through `$ref`). */
  readonly #compiled = new Map<object, NullStripper | undefined | null>();

  constructor(strict: StrictJsonSchema) {
    this.#strict = strict;
  }

  compile(schema: unknown): NullStripper | undefined {
    if (!isRecord(schema)) return undefined;
    if (this.#compiled.has(schema)) {
      const known = this.#compiled.get(schema);
      if (known !== null) return known;
      // Recursive: the node is not finished yet, so defer to whatever it becomes.
      return (value) => (this.#compiled.get(schema) ?? identity)(value);
    }
    this.#compiled.set(schema, null);
    const stripper = this.#compileNode(schema);
    this.#compiled.set(schema, stripper);
    return stripper;
  }

  #compileNode(schema: Record<string, unknown>): NullStripper | undefined {
    const steps: NullStripper[] = [];
    if (typeof schema.$ref === 'string') {
      const target = resolveJsonPointer(this.#strict.schema, schema.$ref);
      const step = this.compile(target);
      if (step) steps.push(step);
    }
    const sites: { child: unknown; site: SubschemaSite }[] = [];
    forEachSubschema(schema, (child, site) => sites.push({ child, site }));
    const object = this.#object(schema, sites);
    const array = this.#array(sites);
    const union = this.#union(sites);
    for (const step of [object, array, union]) if (step) steps.push(step);
    if (steps.length === 0) return undefined;
    if (steps.length === 1) return steps[0];
    return (value) => steps.reduce((current, step) => step(current), value);
  }

  #object(
    schema: Record<string, unknown>,
    sites: { child: unknown; site: SubschemaSite }[],
  ): NullStripper | undefined {
    const synthetic = this.#strict.syntheticNulls.get(schema);
    const children = new Map<string, NullStripper>();
    for (const { child, site } of sites) {
      if (site.keyword !== 'properties') continue;
      const stripper = this.compile(child);
      if (stripper) children.set(site.key, stripper);
    }
    if (!synthetic && children.size === 0) return undefined;
    return (value) => {
      if (!isRecord(value)) return value;
      const result: Record<string, unknown> = {};
      for (const [key, element] of Object.entries(value)) {
        if (element === null && synthetic?.has(key)) continue;
        const child = children.get(key);
        result[key] = child ? child(element) : element;
      }
      return result;
    };
  }

  #array(
    sites: { child: unknown; site: SubschemaSite }[],
  ): NullStripper | undefined {
    let items: NullStripper | undefined;
    const prefix: (NullStripper | undefined)[] = [];
    for (const { child, site } of sites) {
      if (site.keyword === 'items') items = this.compile(child);
      if (site.keyword === 'prefixItems')
        prefix[site.index] = this.compile(child);
    }
    if (!items && !prefix.some(Boolean)) return undefined;
    return (value) => {
      if (!Array.isArray(value)) return value;
      return value.map((element, index) => {
        const stripper = index < prefix.length ? prefix[index] : items;
        return stripper ? stripper(element) : element;
      });
    };
  }

  #union(
    sites: { child: unknown; site: SubschemaSite }[],
  ): NullStripper | undefined {
    const branches = sites
      .filter(
        ({ site }) => site.keyword === 'anyOf' || site.keyword === 'oneOf',
      )
      .map(({ child }) => child)
      .filter((branch) => !this.#isScalar(branch));
    const strippers = branches.map((branch) => this.compile(branch));
    if (!strippers.some(Boolean)) return undefined;
    if (branches.length === 1) return strippers[0];
    const pick = this.#discriminator(branches, strippers);
    return (value) => {
      if (typeof value !== 'object' || value === null) return value;
      const picked = pick?.(value);
      if (picked !== undefined) return picked ? picked(value) : value;
      // No discriminator: the model followed the strict schema, so the branch it matches is the one it used.
      const index = branches.findIndex(
        (branch) =>
          checkJsonSchema(branch, value, { root: this.#strict.schema })
            .length === 0,
      );
      const stripper = index >= 0 ? strippers[index] : undefined;
      return stripper ? stripper(value) : value;
    };
  }

  /** For unions of objects told apart by one constant property (discriminated unions), picks the branch by it. */
  #discriminator(
    branches: unknown[],
    strippers: (NullStripper | undefined)[],
  ): ((value: object) => NullStripper | null | undefined) | undefined {
    const shapes = branches.map((branch) => this.#resolve(branch));
    const first = shapes[0];
    if (!isRecord(first) || !isRecord(first.properties)) return undefined;
    for (const key of Object.keys(first.properties)) {
      const byValue = new Map<unknown, NullStripper | null>();
      const constants = shapes.map((shape) => constantAt(shape, key));
      if (constants.some((constant) => constant === NO_CONSTANT)) continue;
      constants.forEach((constant, index) =>
        byValue.set(constant, strippers[index] ?? null),
      );
      if (byValue.size !== shapes.length) continue;
      return (value) => byValue.get((value as Record<string, unknown>)[key]);
    }
    return undefined;
  }

  #resolve(schema: unknown): unknown {
    let current = schema;
    for (let hops = 0; hops < 32; hops++) {
      if (!isRecord(current) || typeof current.$ref !== 'string')
        return current;
      current = resolveJsonPointer(this.#strict.schema, current.$ref);
    }
    return current;
  }

  /** A branch that can only hold scalars never contains a null to strip. */
  #isScalar(branch: unknown): boolean {
    const shape = this.#resolve(branch);
    if (!isRecord(shape)) return false;
    const types = typeof shape.type === 'string' ? [shape.type] : shape.type;
    return (
      Array.isArray(types) &&
      types.every((type) => SCALAR_TYPES.has(String(type)))
    );
  }
}

const NO_CONSTANT = Symbol('no constant');

function constantAt(shape: unknown, key: string): unknown {
  if (!isRecord(shape) || !isRecord(shape.properties)) return NO_CONSTANT;
  const property = shape.properties[key];
  if (!isRecord(property)) return NO_CONSTANT;
  if ('const' in property && isPrimitive(property.const)) return property.const;
  if (
    Array.isArray(property.enum) &&
    property.enum.length === 1 &&
    isPrimitive(property.enum[0])
  )
    return property.enum[0];
  return NO_CONSTANT;
}

function isPrimitive(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}
