/** @internal The numeric fields of a usage details object; providers add fields of their own, non-numbers are dropped. */
export function numericFields(
  details: Record<string, unknown> | null | undefined,
): Record<string, number> | undefined {
  if (!details) return undefined;
  const result: Record<string, number> = {};
  for (const [key, value] of Object.entries(details)) {
    if (typeof value === 'number') result[key] = value;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}
