/** A JSON-like record, as SDK protocol items and their `providerData` are. @internal */
export type FieldRecord = Record<string, unknown>;

/** @internal Whether `value` is a plain record (not an array, not null). */
export function isRecord(value: unknown): value is FieldRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The wire spelling of a `providerData` value: keys become snake_case, recursively (array entries are kept as
 * they are, as the Agents SDK does).
 * @internal
 */
export function toWireKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.slice();
  if (!isRecord(value)) return value;
  const result: FieldRecord = {};
  for (const [key, entry] of Object.entries(value)) {
    result[snakeCase(key)] = toWireKeys(entry);
  }
  return result;
}

/**
 * The fields an SDK item's `providerData` adds to its wire item: snake_cased, without the keys the converter sets
 * itself (so `providerData` cannot override them).
 * @internal
 */
export function providerDataFields(
  providerData: unknown,
  reserved: readonly string[],
): FieldRecord {
  const wire = toWireKeys(providerData);
  if (!isRecord(wire)) return {};
  const skip = new Set(reserved.map(snakeCase));
  const result: FieldRecord = {};
  for (const [key, entry] of Object.entries(wire)) {
    if (!skip.has(key)) result[key] = entry;
  }
  return result;
}

/** @internal A record without the keys whose value is `undefined`, so converted items stay compact. */
export function withoutUndefined<T extends FieldRecord>(record: T): T {
  for (const key of Object.keys(record)) {
    if (record[key] === undefined) delete record[key];
  }
  return record;
}

function snakeCase(key: string): string {
  return key.replace(/([A-Z])/g, '_$1').toLowerCase();
}
