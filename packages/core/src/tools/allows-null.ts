import { isRecord, resolveJsonPointer } from './schema-walker.js';

/**
 * Whether a JSON schema accepts `null`: an optional property that already does gets no synthetic null in strict
 * mode, so a null the model sends for it is kept. Follows local `$ref`s, stopping at cycles.
 * @internal
 */
export function allowsNull(
  schema: unknown,
  root: unknown,
  seen: ReadonlySet<string> = new Set(),
): boolean {
  if (typeof schema === 'boolean') return schema;
  if (!isRecord(schema)) return true;
  if (typeof schema.type === 'string' && schema.type !== 'null') return false;
  if (Array.isArray(schema.type) && !schema.type.includes('null')) return false;
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) return false;
  if ('const' in schema && schema.const !== null) return false;
  if (typeof schema.$ref === 'string') {
    if (seen.has(schema.$ref)) return false;
    const target = resolveJsonPointer(root, schema.$ref);
    if (!allowsNull(target, root, new Set([...seen, schema.$ref])))
      return false;
  }
  const some = [schema.anyOf, schema.oneOf].filter(Array.isArray);
  if (some.some((branches) => !branches.some((b) => allowsNull(b, root, seen))))
    return false;
  if (Array.isArray(schema.allOf))
    return schema.allOf.every((branch) => allowsNull(branch, root, seen));
  return true;
}
