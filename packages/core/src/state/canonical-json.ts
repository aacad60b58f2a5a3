/**
 * JSON with object keys in sorted order at every depth and no whitespace: one text for one value, whatever order
 * its keys were written in, so a signature computed over it survives a parse and a re-stringify.
 * @internal
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((element) => canonicalJson(element)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value)
      .filter(([, element]) => element !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(
        ([key, element]) => `${JSON.stringify(key)}:${canonicalJson(element)}`,
      );
    return `{${fields.join(',')}}`;
  }
  return JSON.stringify(value);
}
