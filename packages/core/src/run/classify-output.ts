import type { Agent } from '../agent/agent.js';
import type { Handoff } from '../handoffs/handoff.js';
import type {
  AgentOutputItem,
  AssistantMessageItem,
  FunctionCallItem,
  HostedToolCallItem,
  ReasoningItem,
  UnknownItem,
} from '../items/items.js';
import {
  RunHandoffCallItem,
  RunMessageOutputItem,
  RunReasoningItem,
  RunToolCallItem,
  RunUnknownItem,
  type RunItem,
} from '../items/run-item.js';
import { itemKind } from '../items/item-kinds.js';
import type { FunctionTool } from '../tools/function-tool.js';
import type { Turn } from './prepare-turn.js';
import type { ComputerCallItem } from '../computer/computer.js';
import type { PendingComputerCall } from './execute-computer-calls.js';
import {
  findApprovingTool,
  type PendingApprovalRequest,
} from './answer-approval-requests.js';

/** A function call waiting to run; `tool` is undefined when the agent has no tool of that name. @internal */
export interface PendingToolCall {
  call: FunctionCallItem;
  tool: FunctionTool<any, any, any> | undefined;
}

/** A handoff the model asked for. @internal */
export interface PendingHandoff {
  call: FunctionCallItem;
  handoff: Handoff<any, any>;
}

/** An item the model returned that needs a capability Baton does not have. @internal */
export interface UnsupportedItem {
  type: string;
  capability: string;
}

/** A model response sorted into run items and the work it asks for. @internal */
export interface ClassifiedOutput {
  items: RunItem[];
  toolCalls: PendingToolCall[];
  handoffCalls: PendingHandoff[];
  /** Computer calls, answered by the agent's computer tool. */
  computerCalls: PendingComputerCall[];
  /** Calls the provider ran itself (web search...): the model has answered them already. */
  hostedCalls: number;
  /** Items that need an executor or an approval Baton does not have; the run cannot go on past them. */
  unsupported: UnsupportedItem[];
  /** Hosted MCP approval requests, answered before the run goes on. */
  approvalRequests: PendingApprovalRequest[];
}

/**
 * The one place that branches on what an item is: looks each output item up in the item-kind registry, wraps it in
 * its run item and collects the function calls and handoffs to act on. Unknown types are kept and sent back
 * unchanged.
 * @internal
 */
export function classifyOutput(
  output: AgentOutputItem[],
  turn: Turn,
): ClassifiedOutput {
  const classified: ClassifiedOutput = {
    items: [],
    toolCalls: [],
    handoffCalls: [],
    computerCalls: [],
    hostedCalls: 0,
    unsupported: [],
    approvalRequests: [],
  };
  const agent: Agent<any, any> = turn.agent;
  for (const item of output) {
    const kind = itemKind(item.type);
    switch (kind?.role) {
      case 'message':
        classified.items.push(
          new RunMessageOutputItem(item as AssistantMessageItem, agent),
        );
        break;
      case 'reasoning':
        classified.items.push(
          new RunReasoningItem(item as ReasoningItem, agent),
        );
        break;
      case 'function_call': {
        const call = item as FunctionCallItem;
        const handoff = turn.handoffs.get(call.name);
        if (handoff) {
          classified.items.push(new RunHandoffCallItem(call, agent));
          classified.handoffCalls.push({ call, handoff });
        } else {
          classified.items.push(new RunToolCallItem(call, agent));
          classified.toolCalls.push({
            call,
            tool: turn.functionTools.get(call.name),
          });
        }
        break;
      }
      case 'hosted_call':
        classified.items.push(
          new RunToolCallItem(item as HostedToolCallItem, agent),
        );
        classified.hostedCalls += 1;
        break;
      case 'local_call':
      case 'approval_request':
        classified.items.push(
          new RunToolCallItem(item as HostedToolCallItem, agent),
        );
        if (item.type === 'computer_call' && turn.computerTool) {
          classified.computerCalls.push({
            call: item as unknown as ComputerCallItem,
            tool: turn.computerTool,
          });
          break;
        }
        if (approveWith(item as UnknownItem, turn, classified)) break;
        classified.unsupported.push({
          type: item.type,
          capability: kind.capability ?? item.type,
        });
        break;
      case 'tool_result':
      case undefined:
        classified.items.push(new RunUnknownItem(item as UnknownItem, agent));
    }
  }
  return classified;
}

function approveWith(
  item: UnknownItem,
  turn: Turn,
  classified: ClassifiedOutput,
): boolean {
  const tool = findApprovingTool(item, turn);
  if (!tool) return false;
  classified.approvalRequests.push({
    item: item as PendingApprovalRequest['item'],
    tool,
  });
  return true;
}
