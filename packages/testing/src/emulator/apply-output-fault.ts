import type { AgentOutputItem } from '@baton/core';
import type { EmulatorFault } from './emulator-fault.js';

/**
 * Rewrites the reply for the faults that change content rather than transport: `malformed_arguments` breaks the
 * first function call's JSON, `unknown_tool` replaces the reply with a call to a tool nobody offered.
 * @internal
 */
export function applyOutputFault(
  items: AgentOutputItem[],
  fault: EmulatorFault | undefined,
): AgentOutputItem[] {
  if (fault?.kind === 'unknown_tool') {
    return [
      {
        type: 'function_call',
        call_id: '',
        name: fault.name ?? 'nonexistent_tool',
        arguments: '{}',
        status: 'completed',
      },
    ];
  }
  if (fault?.kind !== 'malformed_arguments') return items;
  const index = items.findIndex((item) => item.type === 'function_call');
  if (index === -1) return items;
  const call = items[index] as AgentOutputItem & { arguments?: unknown };
  const copy = [...items];
  copy[index] = {
    ...call,
    arguments: breakJson(String(call.arguments ?? '')),
  } as AgentOutputItem;
  return copy;
}

/** Cuts the JSON short and leaves a dangling key, so no JSON parser accepts it. */
function breakJson(json: string): string {
  const cut = json.length > 2 ? json.slice(0, Math.ceil(json.length / 2)) : '{';
  return `${cut}, "unterminated`;
}
