/** Where a value that is not JSON data sits, and what it is. */
export interface NonJsonValue {
  /** The JSON path (`$.context.context.db`). */
  path: string;
  /** What was found there (`a Map`, `a function`, `a cycle`...). */
  found: string;
}

/**
 * Finds the first value that would not come back unchanged from `JSON.parse(JSON.stringify(value))`: anything but
 * null, booleans, finite numbers, strings, arrays and plain objects (a `Date` becomes a string, a `Map` `{}`, a
 * function vanishes). A property whose value is `undefined` is allowed: it is left out, and reads back the same.
 * @internal
 */
export function findNonJson(
  value: unknown,
  path = '$',
): NonJsonValue | undefined {
  return visit(value, path, new Set());
}

function visit(
  value: unknown,
  path: string,
  ancestors: Set<object>,
): NonJsonValue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean')
    return undefined;
  if (typeof value === 'number')
    return Number.isFinite(value) ? undefined : { path, found: String(value) };
  if (typeof value !== 'object') return { path, found: `a ${typeof value}` };
  if (ancestors.has(value)) return { path, found: 'a cycle' };
  if (!Array.isArray(value) && !isPlainObject(value))
    return { path, found: describeInstance(value) };
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index += 1) {
        const element: unknown = value[index];
        const elementPath = `${path}[${index}]`;
        if (element === undefined)
          return { path: elementPath, found: 'undefined' };
        const found = visit(element, elementPath, ancestors);
        if (found) return found;
      }
      return undefined;
    }
    for (const [key, element] of Object.entries(value)) {
      if (element === undefined) continue;
      const found = visit(element, `${path}.${key}`, ancestors);
      if (found) return found;
    }
    return undefined;
  } finally {
    ancestors.delete(value);
  }
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function describeInstance(value: object): string {
  const name = (value.constructor as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' && name !== ''
    ? `a ${name} instance`
    : 'an object with a custom prototype';
}
