import { randomUUID } from 'node:crypto';
import type { AgentInputItem } from '../items/items.js';
import type { Session } from './session.js';

/** Options of {@link MemorySession}. */
export interface MemorySessionOptions {
  /** The conversation's id; a random one when omitted. */
  sessionId?: string;
  /** History to start with (copied). */
  initialItems?: AgentInputItem[];
}

/**
 * A session held in this process's memory: for tests, scripts and single-process services that need no history
 * after a restart. Items are copied in and out, so a caller's later edits never reach the stored history.
 */
export class MemorySession implements Session {
  readonly #id: string;
  #items: AgentInputItem[];

  constructor(options: MemorySessionOptions = {}) {
    this.#id = options.sessionId ?? randomUUID();
    this.#items = (options.initialItems ?? []).map(copyItem);
  }

  async getSessionId(): Promise<string> {
    return this.#id;
  }

  async getItems(limit?: number): Promise<AgentInputItem[]> {
    const items =
      limit === undefined
        ? this.#items
        : limit <= 0
          ? []
          : this.#items.slice(-limit);
    return items.map(copyItem);
  }

  async addItems(items: AgentInputItem[]): Promise<void> {
    // Copy first, then append: a copy that throws (an unclonable value) leaves the history as it was.
    const copies = items.map(copyItem);
    this.#items.push(...copies);
  }

  async popItem(): Promise<AgentInputItem | undefined> {
    return this.#items.pop();
  }

  async clearSession(): Promise<void> {
    this.#items = [];
  }
}

function copyItem(item: AgentInputItem): AgentInputItem {
  return structuredClone(item);
}
