import { StepNotSerializableError } from './errors.js';

/**
 * Throws {@link StepNotSerializableError} unless `value` survives `JSON.stringify` → `JSON.parse` unchanged: plain
 * objects, arrays, strings, finite numbers, booleans and null (object fields that are `undefined` are dropped by
 * JSON and by the run alike, so they pass).
 * @internal
 */
export function assertJsonValue(value: unknown, step: string): void {
  const problem = findProblem(value, '$', new Set());
  if (problem)
    throw new StepNotSerializableError(
      `Step "${step}" returned a value that cannot be journaled as JSON: ${problem}. ` +
        'Durable runs store every model response and tool result as JSON; return plain data ' +
        '(objects, arrays, strings, numbers, booleans, null) from the tool.',
    );
}

function findProblem(
  value: unknown,
  path: string,
  seen: Set<object>,
): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : `${path} is ${value}`;
    case 'object':
      break;
    case 'bigint':
    case 'function':
    case 'symbol':
    case 'undefined':
      return `${path} is a ${typeof value}`;
  }
  if (value === null) return undefined;
  if (seen.has(value)) return `${path} refers back to itself`;
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const problem =
          value[index] === undefined
            ? `${path}[${index}] is undefined`
            : findProblem(value[index], `${path}[${index}]`, seen);
        if (problem) return problem;
      }
      return undefined;
    }
    const prototype = Object.getPrototypeOf(value) as object | null;
    if (prototype !== Object.prototype && prototype !== null)
      return `${path} is a ${value.constructor?.name ?? 'class instance'}`;
    for (const [key, field] of Object.entries(value)) {
      if (field === undefined) continue;
      const problem = findProblem(field, `${path}.${key}`, seen);
      if (problem) return problem;
    }
    return undefined;
  } finally {
    seen.delete(value);
  }
}
