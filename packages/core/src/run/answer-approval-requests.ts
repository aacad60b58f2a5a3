import { TOOL_APPROVAL_REJECTION_MESSAGE } from '../context/approvals.js';
import type { UnknownItem } from '../items/items.js';
import { RunToolApprovalItem, RunToolCallItem } from '../items/run-item.js';
import type { RunState } from '../state/run-state.js';
import type { HostedTool } from '../tools/hosted-tool.js';
import type { ToolCallRef } from './execute-tools.js';
import type { Turn } from './prepare-turn.js';

/** A hosted MCP server's request for approval of one of its calls, and the hosted tool it came through. @internal */
export interface PendingApprovalRequest {
  item: UnknownItem & { id: string; name: string; server_label: string };
  tool: HostedTool;
}

/** What became of a turn's approval requests. @internal */
export interface AnsweredApprovalRequests {
  /** The `mcp_approval_response` items to send with the next request. */
  items: RunToolCallItem[];
  /** Requests nobody has decided yet: the run stops for them. */
  approvals: RunToolApprovalItem[];
  /** The decisions the answers used up. */
  decided: ToolCallRef[];
}

/** The hosted MCP tool an `mcp_approval_request` belongs to, by its server label. @internal */
export function findApprovingTool(
  item: UnknownItem,
  turn: Turn,
): HostedTool | undefined {
  if (item.type !== 'mcp_approval_request') return undefined;
  return turn.hostedTools.find(
    (tool) =>
      tool.providerData.type === 'mcp' &&
      tool.providerData.server_label === item.server_label,
  );
}

/**
 * Answers each approval request with an `mcp_approval_response`: from the decision taken on it
 * (`state.approve(item)` / `state.reject(item)`, filed under the tool's name and the request's id), else from the
 * tool's `onApproval`; a request with neither waits, and the run stops with it as an interruption.
 * @internal
 */
export async function answerApprovalRequests(
  requests: readonly PendingApprovalRequest[],
  turn: Turn,
  state: RunState<any, any>,
): Promise<AnsweredApprovalRequests> {
  const answered: AnsweredApprovalRequests = {
    items: [],
    approvals: [],
    decided: [],
  };
  for (const { item, tool } of requests) {
    const approval = new RunToolApprovalItem(item, turn.agent, item.name);
    const ref = { toolName: item.name, callId: item.id };
    const decision = state.context.isToolApproved(ref);
    let answer: { approve: boolean; reason?: string } | undefined;
    if (decision !== undefined) {
      answered.decided.push(ref);
      answer = decision
        ? { approve: true }
        : {
            approve: false,
            reason:
              state.context.getRejectionMessage(ref.toolName, ref.callId) ??
              TOOL_APPROVAL_REJECTION_MESSAGE,
          };
    } else if (tool.onApproval) {
      answer = await tool.onApproval(state.context, approval);
    }
    if (!answer) {
      answered.approvals.push(approval);
      continue;
    }
    const response = {
      type: 'mcp_approval_response',
      approval_request_id: item.id,
      approve: answer.approve,
      ...(answer.reason !== undefined && { reason: answer.reason }),
    };
    answered.items.push(
      new RunToolCallItem(
        response as unknown as ConstructorParameters<typeof RunToolCallItem>[0],
        turn.agent,
      ),
    );
  }
  return answered;
}
