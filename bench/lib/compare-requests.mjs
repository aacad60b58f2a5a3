/**
 * Compares the request bodies two implementations sent for the same run, ignoring what legitimately differs
 * between runs (generated ids) so that what remains is a difference in what was asked of the model.
 */

/** Keys whose values are generated per response or call. */
const GENERATED = new Set(['id', 'call_id']);

/**
 * Returns the JSON paths (at most `limit`) where the normalized bodies differ, `[]` when the two
 * implementations made the same requests. Both lists are first put in {@link requestOrder}, then the i-th
 * request of one is compared with the i-th of the other.
 */
export function compareRequests(left, right, limit = 10) {
  const requests = requestOrder(left);
  const other = requestOrder(right);
  const differences = [];
  if (requests.length !== other.length) {
    differences.push(`request count: ${requests.length} vs ${other.length}`);
  }
  const count = Math.min(requests.length, other.length);
  for (let index = 0; index < count && differences.length < limit; index += 1) {
    collectDifferences(
      normalize(requests[index]),
      normalize(other[index]),
      `[${index}]`,
      differences,
      limit,
    );
  }
  return differences.slice(0, limit);
}

/**
 * The requests sorted by what identifies a request within the scenario (model, instructions, how many input
 * items, the first one's content), a stable sort otherwise. The input guardrail's request and the first main
 * request go out together and reach the emulator in either order; sorting makes the comparison independent of
 * that race.
 */
export function requestOrder(requests) {
  const keyed = requests.map((request) => [requestKey(request), request]);
  keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return keyed.map(([, request]) => request);
}

function requestKey(request) {
  const input = Array.isArray(request?.input) ? request.input : [];
  return JSON.stringify([
    request?.model ?? '',
    request?.instructions ?? '',
    String(input.length).padStart(6, '0'),
    input[0]?.content ?? request?.input ?? '',
  ]);
}

/** The body with generated ids blanked; everything else is kept as sent. */
export function normalize(value) {
  if (Array.isArray(value)) return value.map(normalize);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [
      key,
      GENERATED.has(key) ? '<generated>' : normalize(field),
    ]),
  );
}

function collectDifferences(left, right, path, differences, limit) {
  if (differences.length >= limit) return;
  if (left === right) return;
  const bothObjects =
    isContainer(left) &&
    isContainer(right) &&
    Array.isArray(left) === Array.isArray(right);
  if (!bothObjects) {
    differences.push(`${path}: ${brief(left)} vs ${brief(right)}`);
    return;
  }
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    const childPath = Array.isArray(left)
      ? `${path}[${key}]`
      : `${path}.${key}`;
    collectDifferences(left[key], right[key], childPath, differences, limit);
  }
}

function isContainer(value) {
  return value !== null && typeof value === 'object';
}

function brief(value) {
  if (value === undefined) return '(absent)';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
