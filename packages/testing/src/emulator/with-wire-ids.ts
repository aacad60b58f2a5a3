import type { AgentOutputItem } from '@baton/core';
import { randomId } from '../internal/random-id.js';

/**
 * Copies output items, giving them what the live API always sends: item ids (`msg_`, `fc_`, `rs_`, and `ws_`,
 * `fs_`, `ci_`, `ig_`, `mcp_`, `mcpl_`, `mcpr_` for hosted calls), call ids (`call_`) and a `completed` status where missing. Fields already
 * set are kept.
 * @internal
 */
export function withWireIds(items: AgentOutputItem[]): AgentOutputItem[] {
  return items.map((item) => {
    switch (item.type) {
      case 'message':
        return {
          id: randomId('msg_'),
          ...item,
          status: item.status ?? 'completed',
          content: Array.isArray(item.content)
            ? item.content.map(withPartDefaults)
            : item.content,
        } as AgentOutputItem;
      case 'function_call': {
        const callId =
          typeof item.call_id === 'string' && item.call_id !== ''
            ? item.call_id
            : randomId('call_');
        return {
          id: randomId('fc_'),
          ...item,
          call_id: callId,
          status: item.status ?? 'completed',
        } as AgentOutputItem;
      }
      case 'reasoning':
        return {
          id: randomId('rs_'),
          ...item,
          summary: item.summary ?? [],
        } as AgentOutputItem;
      case 'web_search_call':
      case 'file_search_call':
      case 'code_interpreter_call':
      case 'image_generation_call':
      case 'mcp_call':
        return {
          id: randomId(HOSTED_ID_PREFIXES[item.type]),
          ...item,
          status: item.status ?? 'completed',
        } as AgentOutputItem;
      case 'computer_call':
        return {
          id: randomId('cu_'),
          pending_safety_checks: [],
          ...item,
          call_id:
            typeof item.call_id === 'string' && item.call_id !== ''
              ? item.call_id
              : randomId('call_'),
          status: item.status ?? 'completed',
        } as AgentOutputItem;
      case 'mcp_list_tools':
      case 'mcp_approval_request':
        return { id: randomId(HOSTED_ID_PREFIXES[item.type]), ...item };
      default:
        return { ...item };
    }
  });
}

const HOSTED_ID_PREFIXES = {
  web_search_call: 'ws_',
  file_search_call: 'fs_',
  code_interpreter_call: 'ci_',
  image_generation_call: 'ig_',
  mcp_call: 'mcp_',
  mcp_list_tools: 'mcpl_',
  mcp_approval_request: 'mcpr_',
} as const;

/** Output text parts always carry `annotations` and `logprobs` on the wire, if only empty. */
function withPartDefaults(part: unknown): unknown {
  const record = part as Record<string, unknown>;
  if (record?.type !== 'output_text') return part;
  return { type: 'output_text', annotations: [], logprobs: [], ...record };
}
