import { UserError, type AgentInputItem } from '@baton/core';

/**
 * An item as the JSON text a store keeps; a `UserError` naming `store` for a value that is not a JSON object.
 * @internal
 */
export function serialiseItem(item: AgentInputItem, store: string): string {
  const text = JSON.stringify(item) as string | undefined;
  if (typeof item !== 'object' || item === null || typeof text !== 'string')
    throw new UserError(
      `${store} can only store items that are JSON objects; got ${item === null ? 'null' : typeof item}.`,
    );
  return text;
}
