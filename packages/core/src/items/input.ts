import type { AgentInputItem } from './items.js';

/** What a run starts from: a user's text, or a list of items (a previous run's `history`, say). */
export type RunInput = string | AgentInputItem[];

/** Turns run input into the canonical item list; the caller's array is never mutated. */
export function toInputItems(input: RunInput): AgentInputItem[] {
  if (typeof input === 'string') {
    return [{ type: 'message', role: 'user', content: input }];
  }
  return input.map((item) =>
    // Easy input messages ({ role, content }) may omit the type; the canonical form always has it.
    item.type === undefined ? { ...item, type: 'message' } : item,
  ) as AgentInputItem[];
}
