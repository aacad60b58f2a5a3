/**
 * A small structural JSON-schema check for tools declared with a plain JSON schema: enough to catch the mistakes
 * models make (missing fields, wrong types, unknown keys, values outside an enum) and say where they are.
 * Zod schemas are checked by zod itself.
 * @internal
 */
export function checkJsonSchema(
  schema: unknown,
  value: unknown,
  path = '$',
): string[] {
  if (!isRecord(schema)) return [];
  if (Array.isArray(schema.anyOf)) {
    const branches = schema.anyOf.map((branch) =>
      checkJsonSchema(branch, value, path),
    );
    return branches.some((issues) => issues.length === 0)
      ? []
      : [`${path}: matches none of the allowed shapes`];
  }
  if (
    Array.isArray(schema.enum) &&
    !schema.enum.some((option) => option === value)
  ) {
    return [`${path}: must be one of ${JSON.stringify(schema.enum)}`];
  }
  if ('const' in schema && schema.const !== value) {
    return [`${path}: must be ${JSON.stringify(schema.const)}`];
  }
  const types =
    typeof schema.type === 'string'
      ? [schema.type]
      : Array.isArray(schema.type)
        ? schema.type
        : [];
  if (types.length > 0 && !types.some((type) => hasType(value, String(type)))) {
    return [`${path}: expected ${types.join(' or ')}, got ${describe(value)}`];
  }
  if (Array.isArray(value) && schema.items !== undefined) {
    return value.flatMap((element, index) =>
      checkJsonSchema(schema.items, element, `${path}[${index}]`),
    );
  }
  if (isRecord(value)) return checkObject(schema, value, path);
  return [];
}

function checkObject(
  schema: Record<string, unknown>,
  value: Record<string, unknown>,
  path: string,
): string[] {
  const issues: string[] = [];
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? schema.required : [];
  for (const key of required) {
    if (!(String(key) in value))
      issues.push(`${path}.${String(key)}: required`);
  }
  for (const [key, element] of Object.entries(value)) {
    if (key in properties)
      issues.push(
        ...checkJsonSchema(properties[key], element, `${path}.${key}`),
      );
    else if (schema.additionalProperties === false)
      issues.push(`${path}.${key}: unknown property`);
    else if (isRecord(schema.additionalProperties)) {
      issues.push(
        ...checkJsonSchema(
          schema.additionalProperties,
          element,
          `${path}.${key}`,
        ),
      );
    }
  }
  return issues;
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

/** @internal */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
