import type {
  AssistantMessageItem,
  FunctionCallItem,
  FunctionCallOutputItem,
  HostedToolCallItem,
  ReasoningItem,
  UnknownItem,
} from '../items/items.js';
import {
  RunHandoffCallItem,
  RunHandoffOutputItem,
  RunMessageOutputItem,
  RunReasoningItem,
  RunToolApprovalItem,
  RunToolCallItem,
  RunToolCallOutputItem,
  RunUnknownItem,
  type RunItem,
} from '../items/run-item.js';
import type { AgentGraph } from './agent-graph.js';
import type { RunItemJsonV1 } from './schema-v1.js';

/**
 * Rebuilds a run item from its JSON form (`RunItem#toJSON`), agents resolved by name. The wire item is used as
 * parsed: its shape was checked by the schema, and unknown fields pass through.
 * @internal
 */
export function restoreRunItem(
  json: RunItemJsonV1,
  graph: AgentGraph,
): RunItem {
  const agent = graph.resolve(json.agent.name);
  const raw = json.rawItem;
  switch (json.type) {
    case 'message_output_item':
      return new RunMessageOutputItem(
        raw as unknown as AssistantMessageItem,
        agent,
      );
    case 'tool_call_item':
      return new RunToolCallItem(
        raw as unknown as FunctionCallItem | HostedToolCallItem,
        agent,
      );
    case 'tool_call_output_item':
      return new RunToolCallOutputItem(
        raw as unknown as FunctionCallOutputItem,
        agent,
        json.output,
      );
    case 'reasoning_item':
      return new RunReasoningItem(raw as unknown as ReasoningItem, agent);
    case 'handoff_call_item':
      return new RunHandoffCallItem(raw as unknown as FunctionCallItem, agent);
    case 'handoff_output_item':
      return new RunHandoffOutputItem(
        raw as unknown as FunctionCallOutputItem,
        graph.resolve(json.sourceAgent!.name),
        graph.resolve(json.targetAgent!.name),
      );
    case 'tool_approval_item':
      return new RunToolApprovalItem(
        raw as unknown as FunctionCallItem | HostedToolCallItem | UnknownItem,
        agent,
        json.toolName,
      );
    case 'unknown_item':
      return new RunUnknownItem(raw as unknown as UnknownItem, agent);
  }
}
