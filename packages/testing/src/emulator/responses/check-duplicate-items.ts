type Item = Record<string, unknown>;

/**
 * The API's rule for a request that continues stored state (`previous_response_id` or `conversation`): an input
 * item whose id the stored items already hold is refused, since the server would then hold it twice. Returns the
 * API's message for the first such item.
 * @internal
 */
export function checkDuplicateItems(
  input: unknown,
  stored: readonly Item[],
): string | undefined {
  if (!Array.isArray(input) || stored.length === 0) return undefined;
  const ids = new Set<unknown>();
  for (const item of stored) if (typeof item.id === 'string') ids.add(item.id);
  for (const item of input as Item[]) {
    if (typeof item?.id === 'string' && ids.has(item.id))
      return `Duplicate item found with id ${item.id}. Remove duplicate items from your input and try again.`;
  }
  return undefined;
}
