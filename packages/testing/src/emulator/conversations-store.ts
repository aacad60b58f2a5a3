import { randomId } from '../internal/random-id.js';

/** An item as the Conversations API keeps it: with an `id` (and a `status` where the type has one). @internal */
export type ConversationItem = Record<string, unknown> & {
  id: string;
  type: string;
};

/** One stored conversation. @internal */
export interface StoredConversation {
  id: string;
  /** Seconds since the epoch. */
  created_at: number;
  metadata: Record<string, string>;
  /** Oldest first. */
  items: ConversationItem[];
}

/** A request the store refuses, with the HTTP status the API answers it with. @internal */
export class ConversationStoreError extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message);
  }
}

/** Enough conversations for any test, bounded so a long-running emulator does not grow without end. */
const MAX_CONVERSATIONS = 1000;

/**
 * The emulator's conversations (`/v1/conversations`), shared by the conversations endpoints and `POST
 * /v1/responses` with a `conversation`. Items get ids and statuses as the API assigns them; an item whose id the
 * conversation already holds is refused, as the API refuses it.
 * @internal
 */
export class ConversationsStore {
  #conversations = new Map<string, StoredConversation>();

  /** Creates a conversation holding `items` and returns its id. */
  create(
    items: readonly Record<string, unknown>[] = [],
    metadata: Record<string, string> = {},
  ): string {
    const id = randomId('conv_');
    const conversation: StoredConversation = {
      id,
      created_at: Math.floor(Date.now() / 1000),
      metadata,
      items: [],
    };
    appendTo(conversation, items);
    this.#conversations.set(id, conversation);
    if (this.#conversations.size > MAX_CONVERSATIONS) {
      const oldest = this.#conversations.keys().next().value;
      if (oldest !== undefined) this.#conversations.delete(oldest);
    }
    return id;
  }

  /** The conversation `id`, or undefined when there is none (never created, or deleted). */
  get(id: string): StoredConversation | undefined {
    return this.#conversations.get(id);
  }

  /** Appends `items` (all or none) and returns them as stored; throws a {@link ConversationStoreError}. */
  append(
    id: string,
    items: readonly Record<string, unknown>[],
  ): ConversationItem[] {
    return appendTo(this.#require(id), items);
  }

  /** Removes one item; throws a {@link ConversationStoreError} when the conversation or the item is unknown. */
  removeItem(id: string, itemId: string): void {
    const conversation = this.#require(id);
    const index = conversation.items.findIndex((item) => item.id === itemId);
    if (index < 0)
      throw new ConversationStoreError(
        404,
        `Item with id '${itemId}' not found in conversation '${id}'.`,
      );
    conversation.items.splice(index, 1);
  }

  /** Deletes the conversation; false when there was none. */
  delete(id: string): boolean {
    return this.#conversations.delete(id);
  }

  /** Forgets every conversation. */
  clear(): void {
    this.#conversations.clear();
  }

  #require(id: string): StoredConversation {
    const conversation = this.#conversations.get(id);
    if (!conversation)
      throw new ConversationStoreError(
        404,
        `Conversation with id '${id}' not found.`,
      );
    return conversation;
  }
}

function appendTo(
  conversation: StoredConversation,
  items: readonly Record<string, unknown>[],
): ConversationItem[] {
  const stored = items.map(toConversationItem);
  const seen = new Set(conversation.items.map((item) => item.id));
  for (const item of stored) {
    if (seen.has(item.id))
      throw new ConversationStoreError(
        400,
        `Duplicate item found with id ${item.id}. Remove the duplicate items from your input and try again.`,
      );
    seen.add(item.id);
  }
  conversation.items.push(...stored);
  return stored;
}

const ID_PREFIXES: Record<string, Parameters<typeof randomId>[0]> = {
  message: 'msg_',
  function_call: 'fc_',
  function_call_output: 'fco_',
  reasoning: 'rs_',
};
const WITH_STATUS = new Set([
  'message',
  'function_call',
  'function_call_output',
]);

/** An input item as the API stores it: an id, a status, and a message's text as content parts. */
function toConversationItem(input: Record<string, unknown>): ConversationItem {
  const type = typeof input.type === 'string' ? input.type : 'message';
  const item: Record<string, unknown> = { ...input, type };
  if (typeof item.id !== 'string')
    item.id = randomId(ID_PREFIXES[type] ?? 'item_');
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
