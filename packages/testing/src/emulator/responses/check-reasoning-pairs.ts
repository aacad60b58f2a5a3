type Item = Record<string, unknown>;

/**
 * The API's rule for reasoning items sent back as input: each must be followed by the item that followed it in
 * its response (found by id in `followers`, for reasoning the emulator produced), or, for reasoning it does not
 * know, by some item the model produced. Returns the API's error message for the first item that breaks it.
 * @internal
 */
export function checkReasoningPairs(
  input: unknown,
  followers: ReadonlyMap<string, string | undefined>,
): string | undefined {
  if (!Array.isArray(input)) return undefined;
  const items = input as Item[];
  for (const [index, item] of items.entries()) {
    if (item?.type !== 'reasoning' || typeof item.id !== 'string') continue;
    const next = items[index + 1];
    const ok = followers.has(item.id)
      ? isExpectedFollower(next, followers.get(item.id))
      : isModelOutput(next);
    if (!ok) {
      return `Item '${item.id}' of type 'reasoning' was provided without its required following item.`;
    }
  }
  return undefined;
}

function isExpectedFollower(
  next: Item | undefined,
  expected: string | undefined,
): boolean {
  // A reasoning item that ended its response needs nothing after it.
  return expected === undefined || next?.id === expected;
}

// Without the original response, any item the model could have produced next is accepted.
function isModelOutput(next: Item | undefined): boolean {
  if (typeof next !== 'object' || next === null) return false;
  if (next.type === 'message' || next.type === undefined)
    return next.role === 'assistant';
  return (
    next.type !== 'reasoning' &&
    next.type !== 'function_call_output' &&
    next.type !== 'item_reference' &&
    !String(next.type).endsWith('_output')
  );
}
