import type { AgentInputItem } from '../items/items.js';
import type { RunItem } from '../items/run-item.js';
import type { HandoffInputData } from './handoff.js';

const TOOL_ITEM_TYPES = new Set([
  'function_call',
  'function_call_output',
  'web_search_call',
  'file_search_call',
  'code_interpreter_call',
  'image_generation_call',
  'computer_call',
  'computer_call_output',
  'local_shell_call',
  'mcp_call',
  'mcp_list_tools',
]);

/**
 * An input filter that hides every tool call and tool result (handoffs included) from the next agent, so it sees
 * only the conversation's messages.
 */
export function removeAllTools(data: HandoffInputData): HandoffInputData {
  const keepItem = (item: RunItem) =>
    !TOOL_ITEM_TYPES.has(item.rawItem.type ?? 'message');
  return {
    inputHistory:
      typeof data.inputHistory === 'string'
        ? data.inputHistory
        : data.inputHistory.filter(
            (item: AgentInputItem) =>
              !TOOL_ITEM_TYPES.has(item.type ?? 'message'),
          ),
    preHandoffItems: data.preHandoffItems.filter(keepItem),
    newItems: data.newItems.filter(keepItem),
  };
}
