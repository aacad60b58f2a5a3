import type { AgentInputItem } from '../items/items.js';

/**
 * Where a conversation's history lives between runs (the `@openai/agents` interface). A run given a `session`
 * loads the history before its first turn and appends the run's new items once, when the run ends or stops for
 * an approval, after output guardrails have passed; a run that fails appends nothing.
 *
 * Items are Responses API wire items, exactly as the model returned them and as the next request sends them.
 */
export interface Session {
  /** The conversation's id; stores that create the conversation lazily create it here. */
  getSessionId(): Promise<string>;
  /**
   * The history, oldest first. With `limit`, the most recent `limit` items, still oldest first.
   * @param limit - How many of the latest items to return; all of them when omitted.
   */
  getItems(limit?: number): Promise<AgentInputItem[]>;
  /**
   * Appends items to the history, all or none.
   * @param items - The items to append, in order.
   */
  addItems(items: AgentInputItem[]): Promise<void>;
  /** Removes the most recent item and returns it (undefined when the history is empty). */
  popItem(): Promise<AgentInputItem | undefined>;
  /** Removes every item of the conversation. */
  clearSession(): Promise<void>;
}

/**
 * Merges the stored history with a run's new input into the items the first turn sends (the `@openai/agents`
 * option). The default is the history followed by the new input.
 */
export type SessionInputCallback = (
  historyItems: AgentInputItem[],
  newItems: AgentInputItem[],
) => AgentInputItem[] | Promise<AgentInputItem[]>;
