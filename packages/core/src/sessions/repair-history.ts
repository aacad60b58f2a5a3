import { itemKind } from '../items/item-kinds.js';
import type { AgentInputItem } from '../items/items.js';

type Loose = { type?: string; role?: string; call_id?: unknown };

/**
 * Makes stored history a valid request again. A history read back from a session may have been cut (the latest
 * `limit` items, or a `sessionInputCallback` that keeps a window) or may end in a run that stopped for an approval,
 * and the Responses API refuses three shapes that leaves behind:
 * - a tool's answer whose call is not in the request (the cut fell between them): dropped;
 * - a tool call that must be answered here but has no answer (the run stopped for an approval): dropped;
 * - a reasoning item that is not followed by the item the model produced after it ("was provided without its
 *   required following item"): dropped, since reasoning alone carries nothing the next turn needs.
 *
 * Only items for which `fromHistory(index)` holds are dropped; the run's new input is never touched. Returns
 * `items` itself when nothing had to go.
 * @internal
 */
export function repairHistory(
  items: readonly AgentInputItem[],
  fromHistory: (index: number) => boolean = () => true,
): AgentInputItem[] {
  const calls = new Set<string>();
  const answers = new Set<string>();
  for (const item of items as readonly Loose[]) {
    if (typeof item.call_id !== 'string') continue;
    const role = itemKind(item.type)?.role;
    if (role === 'tool_result') answers.add(item.call_id);
    else if (role === 'function_call' || role === 'local_call')
      calls.add(item.call_id);
  }
  const keep = items.map((item, index) => {
    if (!fromHistory(index)) return true;
    const { type, call_id: callId } = item as Loose;
    if (typeof callId !== 'string') return true;
    const role = itemKind(type)?.role;
    if (role === 'tool_result') return calls.has(callId);
    if (role === 'function_call' || role === 'local_call')
      return answers.has(callId);
    return true;
  });
  // From the end, so a reasoning item sees whether the item after it stays.
  let next: Loose | undefined;
  for (let index = items.length - 1; index >= 0; index -= 1) {
    if (!keep[index]) continue;
    const item = items[index] as Loose;
    if (
      item.type === 'reasoning' &&
      fromHistory(index) &&
      !(next?.type === 'reasoning' || isModelOutput(next))
    ) {
      keep[index] = false;
      continue;
    }
    next = item;
  }
  if (keep.every(Boolean)) return items as AgentInputItem[];
  return items.filter((_, index) => keep[index]);
}

/** Whether `item` is one a model produces, so that it can follow that model's reasoning. */
function isModelOutput(item: Loose | undefined): boolean {
  if (!item) return false;
  const role = itemKind(item.type)?.role;
  if (role === 'message') return item.role === 'assistant';
  return role !== undefined && role !== 'tool_result' && role !== 'reasoning';
}
