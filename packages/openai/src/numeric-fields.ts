/** @internal The numeric fields of a usage details object; providers add fields of their own, non-numbers are dropped. */
export function numericFields(
  details: Record<string, unknown> | null | undefined,
): Record<string, number> | undefined {
  if (!details) return undefined;
  let result: Record<string, number> | undefined;
  // Read once per response: no entry pairs, and no object at all when nothing is numeric.
  for (const key in details) {
    const value = details[key];
    if (typeof value === 'number') (result ??= {})[key] = value;
  }
  return result;
}
