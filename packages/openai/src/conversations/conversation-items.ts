import type { AgentInputItem } from '@baton/core';

/** Item types whose id must travel with them: a reasoning item is matched to its response by it. */
const TYPES_KEEPING_IDS = new Set(['reasoning']);

/**
 * Items as `items.create` takes them: without the ids the model gave them (the conversation assigns its own, and
 * refuses an id it already holds), except where the id is part of the item. A reasoning item with neither id nor
 * encrypted content cannot be sent back to a model, so it is left out.
 * @internal
 */
export function toConversationInput(
  items: readonly AgentInputItem[],
): Record<string, unknown>[] {
  const input: Record<string, unknown>[] = [];
  for (const item of items) {
    const record = { ...(item as Record<string, unknown>) };
    if (
      record.type === 'reasoning' &&
      typeof record.id !== 'string' &&
      typeof record.encrypted_content !== 'string'
    )
      continue;
    if (!TYPES_KEEPING_IDS.has(String(record.type))) delete record.id;
    input.push(record);
  }
  return input;
}

/**
 * A stored conversation item as a history item: the wire item itself, without `created_by`, which only listings
 * carry and which the Responses API refuses in `input`.
 * @internal
 */
export function fromConversationItem(item: unknown): AgentInputItem {
  const { created_by: _createdBy, ...rest } = item as Record<string, unknown>;
  return rest as unknown as AgentInputItem;
}
