import { isRecord, resolveJsonPointer } from './schema-walker.js';

/** Where a check runs: the document `$ref`s resolve against, the path reported, the refs already followed here. */
interface CheckContext {
  root: unknown;
  path: string;
  /** `$ref`s followed without descending into the value; seeing one again means a cycle that checks nothing. */
  refs: ReadonlySet<string>;
}

/**
 * A small structural JSON-schema check for tools declared with a plain JSON schema: enough to catch the mistakes
 * models make (missing fields, wrong types, unknown keys, values outside an enum) and say where they are. It
 * understands local `$ref`s, `anyOf`/`oneOf`/`allOf`/`not` and tuples; keywords it does not know pass.
 * Schema libraries check their own values.
 * @internal
 */
export function checkJsonSchema(
  schema: unknown,
  value: unknown,
  options: { root?: unknown; path?: string } = {},
): string[] {
  return check(schema, value, {
    root: options.root ?? schema,
    path: options.path ?? '$',
    refs: new Set(),
  });
}

function check(schema: unknown, value: unknown, context: CheckContext) {
  if (schema === false) return [`${context.path}: not allowed here`];
  if (!isRecord(schema)) return [];
  const issues = checkComposition(schema, value, context);
  if (issues.length > 0) return issues;
  if (
    Array.isArray(schema.enum) &&
    !schema.enum.some((option) => sameValue(option, value))
  ) {
    return [`${context.path}: must be one of ${JSON.stringify(schema.enum)}`];
  }
  if ('const' in schema && !sameValue(schema.const, value)) {
    return [`${context.path}: must be ${JSON.stringify(schema.const)}`];
  }
  const types =
    typeof schema.type === 'string'
      ? [schema.type]
      : Array.isArray(schema.type)
        ? schema.type
        : [];
  if (types.length > 0 && !types.some((type) => hasType(value, String(type))))
    return [
      `${context.path}: expected ${types.join(' or ')}, got ${describe(value)}`,
    ];
  if (Array.isArray(value)) return checkArray(schema, value, context);
  if (isRecord(value)) return checkObject(schema, value, context);
  return [];
}

function checkComposition(
  schema: Record<string, unknown>,
  value: unknown,
  context: CheckContext,
): string[] {
  const { path } = context;
  if (typeof schema.$ref === 'string' && !context.refs.has(schema.$ref)) {
    const target = resolveJsonPointer(context.root, schema.$ref);
    const refs = new Set([...context.refs, schema.$ref]);
    const issues = check(target, value, { ...context, refs });
    if (issues.length > 0) return issues;
  }
  const matches = (branch: unknown) =>
    check(branch, value, context).length === 0;
  if (Array.isArray(schema.anyOf) && !schema.anyOf.some(matches))
    return [`${path}: matches none of the allowed shapes`];
  if (Array.isArray(schema.oneOf)) {
    const count = schema.oneOf.filter(matches).length;
    if (count !== 1)
      return [
        count === 0
          ? `${path}: matches none of the allowed shapes`
          : `${path}: matches more than one of the allowed shapes`,
      ];
  }
  if (Array.isArray(schema.allOf)) {
    const issues = schema.allOf.flatMap((branch) =>
      check(branch, value, context),
    );
    if (issues.length > 0) return issues;
  }
  if (schema.not !== undefined && matches(schema.not))
    return [`${path}: matches a shape that is not allowed`];
  return [];
}

function checkArray(
  schema: Record<string, unknown>,
  value: unknown[],
  context: CheckContext,
): string[] {
  // Draft 2020-12 tuples use prefixItems (+ items for the rest); draft-07 uses items[] (+ additionalItems).
  const prefix = Array.isArray(schema.prefixItems)
    ? schema.prefixItems
    : Array.isArray(schema.items)
      ? schema.items
      : [];
  const rest = Array.isArray(schema.items)
    ? schema.additionalItems
    : schema.items;
  return value.flatMap((element, index) => {
    const elementSchema = index < prefix.length ? prefix[index] : rest;
    return check(elementSchema, element, {
      ...context,
      path: `${context.path}[${index}]`,
      refs: new Set(),
    });
  });
}

function checkObject(
  schema: Record<string, unknown>,
  value: Record<string, unknown>,
  context: CheckContext,
): string[] {
  const issues: string[] = [];
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? schema.required : [];
  for (const key of required) {
    if (!(String(key) in value))
      issues.push(`${context.path}.${String(key)}: required`);
  }
  for (const [key, element] of Object.entries(value)) {
    const path = `${context.path}.${key}`;
    if (Object.hasOwn(properties, key))
      issues.push(
        ...check(properties[key], element, {
          ...context,
          path,
          refs: new Set(),
        }),
      );
    else if (schema.additionalProperties === false)
      issues.push(`${path}: unknown property`);
    else if (isRecord(schema.additionalProperties))
      issues.push(
        ...check(schema.additionalProperties, element, {
          ...context,
          path,
          refs: new Set(),
        }),
      );
  }
  return issues;
}

function sameValue(expected: unknown, value: unknown): boolean {
  if (expected === value) return true;
  return (
    typeof expected === 'object' &&
    typeof value === 'object' &&
    JSON.stringify(expected) === JSON.stringify(value)
  );
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isRecord(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return typeof value === type;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}
