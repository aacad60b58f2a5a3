/** An item as the Conversations API lists it: with an `id`, a `type`, and a `status` where the type has one. @internal */
export type ConversationItem = Record<string, unknown> & {
  id: string;
  type: string;
};

/** A request the Conversations API refuses, with the HTTP status it answers it with. @internal */
export class ConversationRequestError extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message);
  }
}

const WITH_STATUS = new Set([
  'message',
  'function_call',
  'function_call_output',
]);

/**
 * A stored item in the shape the API lists it: input shorthand (`{ role, content: 'text' }`) becomes a `message`
 * with content parts, and items that have a status get `completed`. The id is the store's.
 * @internal
 */
export function toConversationItem(
  stored: Record<string, unknown>,
): ConversationItem {
  const type = typeof stored.type === 'string' ? stored.type : 'message';
  const item: Record<string, unknown> = { ...stored, type };
  if (WITH_STATUS.has(type) && item.status === undefined)
    item.status = 'completed';
  if (type === 'message' && typeof item.content === 'string') {
    item.content =
      item.role === 'assistant'
        ? [
            {
              type: 'output_text',
              text: item.content,
              annotations: [],
              logprobs: [],
            },
          ]
        : [{ type: 'input_text', text: item.content }];
  }
  return item as ConversationItem;
}
