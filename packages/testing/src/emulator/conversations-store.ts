import { randomBytes } from 'node:crypto';
import { randomId } from '../internal/random-id.js';

type Item = Record<string, unknown>;

/** One stored conversation (the Conversations API's object, with its items). @internal */
export interface StoredConversation {
  /** `conv_...`. */
  id: string;
  /** Unix seconds. */
  createdAt: number;
  metadata: Record<string, string>;
  /** Its items, oldest first. */
  items: Item[];
}

/** Enough conversations for any test run, bounded so a long-running emulator does not grow. */
const MAX_CONVERSATIONS = 1000;

/**
 * The emulator's conversations: what `POST /v1/responses` reads and adds to when a request names a `conversation`,
 * and what the `/v1/conversations` endpoints serve. Items are copied in and out, so no caller can edit the stored
 * history in place.
 * @internal
 */
export class ConversationsStore {
  readonly #conversations = new Map<string, StoredConversation>();

  /** Starts a conversation holding `items`; returns it. */
  create(
    items: Item[] = [],
    metadata: Record<string, string> = {},
  ): StoredConversation {
    if (this.#conversations.size >= MAX_CONVERSATIONS) {
      const oldest = this.#conversations.keys().next().value;
      if (oldest !== undefined) this.#conversations.delete(oldest);
    }
    const conversation: StoredConversation = {
      id: randomId('conv_'),
      createdAt: Math.floor(Date.now() / 1000),
      metadata: { ...metadata },
      items: withItemIds(items),
    };
    this.#conversations.set(conversation.id, conversation);
    return structuredClone(conversation);
  }

  /** The conversation with `id` (a copy), or undefined when there is none. */
  get(id: string): StoredConversation | undefined {
    const conversation = this.#conversations.get(id);
    return conversation && structuredClone(conversation);
  }

  /** Adds items at the end of the conversation; false when there is no conversation with `id`. */
  append(id: string, items: Item[]): boolean {
    const conversation = this.#conversations.get(id);
    if (!conversation) return false;
    conversation.items.push(...withItemIds(items));
    return true;
  }

  /** Removes the item `itemId` from the conversation; false when there is no such conversation or item. */
  removeItem(id: string, itemId: string): boolean {
    const items = this.#conversations.get(id)?.items;
    const index = items?.findIndex((item) => item.id === itemId) ?? -1;
    if (!items || index < 0) return false;
    items.splice(index, 1);
    return true;
  }

  /** Deletes the conversation; false when there was none. */
  delete(id: string): boolean {
    return this.#conversations.delete(id);
  }

  /** Forgets every conversation. */
  clear(): void {
    this.#conversations.clear();
  }
}

/** Copies of `items`, each with an id, as the API assigns them to items stored without one. */
function withItemIds(items: Item[]): Item[] {
  return structuredClone(items).map((item) =>
    typeof item.id === 'string' ? item : { ...item, id: newItemId(item.type) },
  );
}

function newItemId(type: unknown): string {
  if (type === 'function_call') return randomId('fc_');
  if (type === 'reasoning') return randomId('rs_');
  if (type === undefined || type === 'message') return randomId('msg_');
  return `item_${randomBytes(25).toString('hex')}`;
}
