import { UserError } from './errors.js';

/**
 * Throws a `UserError` for the first option of the Agents SDK that Baton has no implementation of yet and that is
 * actually set, so ported code never runs with an option silently ignored. Unset, `false`, `null`, empty arrays
 * and empty objects count as not set (they ask for nothing). `unbuilt` maps each option to the feature it needs.
 * @internal
 */
export function rejectUnbuiltOptions(
  owner: string,
  options: object,
  unbuilt: Readonly<Record<string, string>>,
): void {
  // Runs on every run. A plain options object names only what it sets: looking its few keys up in `unbuilt` is
  // cheaper than reading every unbuilt name from objects of ever-changing shapes (a megamorphic read each).
  if (isPlainObject(options) && !namesAny(options, unbuilt)) return;
  // `for…in` rather than `Object.entries`: no arrays.
  for (const option in unbuilt) {
    const value = (options as Record<string, unknown>)[option];
    if (!isSet(value)) continue;
    throw new UserError(
      `${owner}: \`${option}\` needs ${unbuilt[option]}, which is not built in Baton yet, so the option cannot be honoured. ` +
        'Remove it, or keep this code on @openai/agents until Baton has the feature (see docs/porting-from-openai-agents.md).',
    );
  }
}

function namesAny(
  options: object,
  unbuilt: Readonly<Record<string, string>>,
): boolean {
  // Own names, enumerable or not: an option defined with `Object.defineProperty` is still an option set.
  for (const option of Object.getOwnPropertyNames(options))
    if (Object.hasOwn(unbuilt, option)) return true;
  return false;
}

function isPlainObject(value: object): boolean {
  return Object.getPrototypeOf(value) === Object.prototype;
}

function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object' && isPlainObject(value))
    return Object.keys(value).length > 0;
  return true;
}
