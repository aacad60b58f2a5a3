import type { AgentInputItem, Session } from '@baton/core';
import type { ObjectContext } from '@restatedev/restate-sdk';

const HISTORY = 'history';

/**
 * A Baton `Session` kept in the Restate state of a virtual object: the conversation id is the object's key, the
 * history one state entry. Restate runs one exclusive handler per key at a time, so the conversation has a single
 * writer without a lock, and every write is journaled with the invocation that made it.
 * @see docs/durable-runs.md
 */
export class RestateSession implements Session {
  readonly #ctx: ObjectContext;

  /** @param ctx - The context of an exclusive handler of the conversation's object. */
  constructor(ctx: ObjectContext) {
    this.#ctx = ctx;
  }

  /** The object's key. */
  getSessionId(): Promise<string> {
    return Promise.resolve(this.#ctx.key);
  }

  /** The history, oldest first; with `limit`, only the latest `limit` items. */
  async getItems(limit?: number): Promise<AgentInputItem[]> {
    const items = (await this.#ctx.get<AgentInputItem[]>(HISTORY)) ?? [];
    return limit === undefined ? items : items.slice(-limit);
  }

  /** Appends `items` in one state write. */
  async addItems(items: AgentInputItem[]): Promise<void> {
    if (items.length === 0) return;
    this.#ctx.set(HISTORY, [...(await this.getItems()), ...items]);
  }

  /** Removes and returns the latest item. */
  async popItem(): Promise<AgentInputItem | undefined> {
    const items = await this.getItems();
    const last = items.pop();
    if (last !== undefined) this.#ctx.set(HISTORY, items);
    return last;
  }

  /** Forgets the whole conversation. */
  clearSession(): Promise<void> {
    this.#ctx.clear(HISTORY);
    return Promise.resolve();
  }
}

/** Reads a conversation's history from a shared handler. @internal */
export async function readHistory(ctx: {
  get<T>(name: string): PromiseLike<T | null>;
}): Promise<AgentInputItem[]> {
  return (await ctx.get<AgentInputItem[]>(HISTORY)) ?? [];
}
