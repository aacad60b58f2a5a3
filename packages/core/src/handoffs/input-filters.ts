import { isToolItem } from '../items/item-kinds.js';
import type { AgentInputItem } from '../items/items.js';
import type { RunItem } from '../items/run-item.js';
import type { HandoffInputData } from './handoff.js';

/**
 * An input filter that hides every tool call and tool result (handoffs included) from the next agent, so it sees
 * only the conversation's messages. Reasoning goes too: the API rejects a reasoning item whose following call is
 * missing.
 */
export function removeAllTools(data: HandoffInputData): HandoffInputData {
  const keepItem = (item: RunItem) => keep(item.rawItem.type);
  return {
    inputHistory:
      typeof data.inputHistory === 'string'
        ? data.inputHistory
        : data.inputHistory.filter((item: AgentInputItem) => keep(item.type)),
    preHandoffItems: data.preHandoffItems.filter(keepItem),
    newItems: data.newItems.filter(keepItem),
  };
}

function keep(type: string | undefined): boolean {
  return type !== 'reasoning' && !isToolItem(type);
}
