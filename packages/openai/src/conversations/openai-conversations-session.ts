import type OpenAI from 'openai';
import type { AgentInputItem, Session } from '@baton/core';
import {
  conversationsClient,
  type OpenAIConversationsClientOptions,
} from './conversations-client.js';
import {
  toConversationInput,
  fromConversationItem,
} from './conversation-items.js';

/** Options of {@link OpenAIConversationsSession}. */
export interface OpenAIConversationsSessionOptions extends OpenAIConversationsClientOptions {
  /** An existing conversation (`conv_...`); without one, a conversation is created on first use. */
  conversationId?: string;
}

/** The most items the API takes in one `items.create` call. */
const ITEMS_PER_CALL = 20;
/** The largest page the API lists. */
const PAGE_LIMIT = 100;

/**
 * A session kept by OpenAI's Conversations API (`/v1/conversations`): the history lives on OpenAI's side, under a
 * conversation id, and is visible in the dashboard. The conversation is created on first use unless one is given;
 * `clearSession` deletes it, and the next use starts a new one.
 *
 * `addItems` sends up to 20 items per request, as the API allows; when a later request of a longer batch fails,
 * the items already added are deleted again, so the batch is appended whole or not at all.
 *
 * @example
 * const session = new OpenAIConversationsSession();
 * await run(agent, 'Hello', { session });
 * console.log(await session.getSessionId()); // conv_...
 * @see docs/session-stores.md in the Baton repository
 */
export class OpenAIConversationsSession implements Session {
  readonly #options: OpenAIConversationsClientOptions;
  #client: Promise<OpenAI> | undefined;
  #conversationId: Promise<string> | undefined;
  #knownId: string | undefined;

  /** @param options An existing conversation and how to reach the API; see {@link OpenAIConversationsSessionOptions}. */
  constructor(options: OpenAIConversationsSessionOptions = {}) {
    const { conversationId, ...client } = options;
    this.#options = client;
    if (conversationId !== undefined) {
      this.#knownId = conversationId;
      this.#conversationId = Promise.resolve(conversationId);
    }
  }

  /** The conversation's id once known (given, or created by a first call); undefined before. */
  get sessionId(): string | undefined {
    return this.#knownId;
  }

  getSessionId(): Promise<string> {
    // One creation for concurrent first calls; a failed one is retried by the next call.
    this.#conversationId ??= this.#create().catch((error: unknown) => {
      this.#conversationId = undefined;
      throw error;
    });
    return this.#conversationId;
  }

  async getItems(limit?: number): Promise<AgentInputItem[]> {
    if (limit !== undefined && limit <= 0) return [];
    const [client, id] = await Promise.all([
      this.#getClient(),
      this.getSessionId(),
    ]);
    if (limit === undefined) {
      const items: AgentInputItem[] = [];
      const pages = client.conversations.items.list(id, {
        order: 'asc',
        limit: PAGE_LIMIT,
      });
      for await (const item of pages) items.push(fromConversationItem(item));
      return items;
    }
    const newest: AgentInputItem[] = [];
    const pages = client.conversations.items.list(id, {
      order: 'desc',
      limit: Math.min(Math.floor(limit), PAGE_LIMIT),
    });
    for await (const item of pages) {
      newest.push(fromConversationItem(item));
      if (newest.length >= limit) break;
    }
    return newest.reverse();
  }

  async addItems(items: AgentInputItem[]): Promise<void> {
    const input = toConversationInput(items);
    if (input.length === 0) return;
    const [client, id] = await Promise.all([
      this.#getClient(),
      this.getSessionId(),
    ]);
    const added: string[] = [];
    try {
      for (let start = 0; start < input.length; start += ITEMS_PER_CALL) {
        const page = await client.conversations.items.create(id, {
          items: input.slice(start, start + ITEMS_PER_CALL) as never,
        });
        added.push(...page.data.map((item) => item.id ?? '').filter(Boolean));
      }
    } catch (error) {
      // Undo the requests that went through, so a failed batch leaves the history as it was.
      for (const itemId of added.reverse())
        await client.conversations.items
          .delete(itemId, { conversation_id: id })
          .catch(() => undefined);
      throw error;
    }
  }

  async popItem(): Promise<AgentInputItem | undefined> {
    const [client, id] = await Promise.all([
      this.#getClient(),
      this.getSessionId(),
    ]);
    const page = await client.conversations.items.list(id, {
      order: 'desc',
      limit: 1,
    });
    const latest = page.data[0];
    if (!latest) return undefined;
    if (latest.id)
      await client.conversations.items.delete(latest.id, {
        conversation_id: id,
      });
    return fromConversationItem(latest);
  }

  async clearSession(): Promise<void> {
    const pending = this.#conversationId;
    if (!pending) return;
    const id = await pending.catch(() => undefined);
    this.#conversationId = undefined;
    this.#knownId = undefined;
    if (id === undefined) return;
    const client = await this.#getClient();
    await client.conversations.delete(id);
  }

  async #create(): Promise<string> {
    const client = await this.#getClient();
    const conversation = await client.conversations.create({});
    this.#knownId = conversation.id;
    return conversation.id;
  }

  #getClient(): Promise<OpenAI> {
    this.#client ??= conversationsClient(this.#options).catch(
      (error: unknown) => {
        this.#client = undefined;
        throw error;
      },
    );
    return this.#client;
  }
}
