import type { AgentInputItem } from '../items/items.js';

/**
 * Where a conversation's history lives between runs (the `@openai/agents` interface). A run given a `session`
 * loads the history before its first turn and appends its own input and new items in one `addItems` call, when the
 * run ends (after output guardrails have passed) or stops for an approval; a resumed run appends only what is new
 * since; a run that fails appends nothing.
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
  /**
   * Takes the conversation's write lock for one run (Baton's addition; optional). A store shared between processes
   * (Redis, say) implements it so two runs on one conversation never interleave their turns anywhere; the run then
   * appends through the lease, whose writes the store refuses once a newer lease exists (fencing). A session
   * without it is serialised per process: runs in one process on one session id take turns.
   * @param options - `signal` gives up waiting for the lock.
   */
  lock?(options?: { signal?: AbortSignal }): Promise<SessionLease>;
}

/** One run's hold on a conversation's write lock (see {@link Session.lock}); the run releases it however it ends. */
export interface SessionLease {
  /**
   * Appends items to the history while the lease is still the newest one; rejects, appending nothing, when
   * another run has taken the lock since (the lease expired while this run was paused, say).
   */
  addItems(items: AgentInputItem[]): Promise<void>;
  /** Lets the next run in; idempotent. */
  release(): Promise<void>;
}

/**
 * Merges the stored history with a run's new input into the items the first turn sends (the `@openai/agents`
 * option). The default is the history followed by the new input.
 */
export type SessionInputCallback = (
  historyItems: AgentInputItem[],
  newItems: AgentInputItem[],
) => AgentInputItem[] | Promise<AgentInputItem[]>;
