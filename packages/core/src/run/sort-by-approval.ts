import { TOOL_APPROVAL_REJECTION_MESSAGE } from '../context/approvals.js';
import { RunToolApprovalItem } from '../items/run-item.js';
import type { RunState } from '../state/run-state.js';
import { neverNeedsApproval } from '../tools/function-tool.js';
import { parseArguments } from '../tools/invoke-tool.js';
import type { PendingToolCall } from './classify-output.js';
import type { Turn } from './prepare-turn.js';
import type { MaybePromise } from './is-promise.js';

/** A turn's function calls sorted by what a person decided about them. @internal */
export interface CallsByApproval {
  /** Calls that may run: no approval needed, or approved. */
  run: PendingToolCall[];
  /** Rejected calls, each with the text the model is told instead of a result. */
  rejected: Array<{ pending: PendingToolCall; message: string }>;
  /** Calls that need a decision nobody has taken yet: the run stops for them. */
  waiting: RunToolApprovalItem[];
  /** The calls among `run` and `rejected` that needed approval and had a decision. */
  decided: ReadonlySet<PendingToolCall>;
}

/**
 * Asks each call's tool whether it needs approval and looks up the decisions taken so far. This happens outside any
 * durable step, so a journaled run that resumes after a decision sees the decision rather than a replay of "waiting".
 * Arguments that do not parse need no approval: the call cannot run, and the model is told why. When no tool asks
 * for approval (the usual case), the calls come back sorted at once, with no promise.
 * @internal
 */
export function sortByApproval(
  calls: PendingToolCall[],
  turn: Turn,
  state: RunState<any, any>,
): MaybePromise<CallsByApproval> {
  if (
    calls.every(
      ({ tool }) => !tool || tool.needsApproval === neverNeedsApproval,
    )
  )
    return { run: calls, rejected: [], waiting: [], decided: NONE_DECIDED };
  return askForApprovals(calls, turn, state);
}

async function askForApprovals(
  calls: PendingToolCall[],
  turn: Turn,
  state: RunState<any, any>,
): Promise<CallsByApproval> {
  const decided = new Set<PendingToolCall>();
  const sorted: CallsByApproval = {
    run: [],
    rejected: [],
    waiting: [],
    decided,
  };
  const asks = await Promise.all(
    calls.map((pending) => needsApproval(pending, state)),
  );
  calls.forEach((pending, index) => {
    if (!asks[index]) return void sorted.run.push(pending);
    const toolName = pending.tool!.name;
    const callId = pending.call.call_id;
    const decision = state.context.isToolApproved({ toolName, callId });
    if (decision !== undefined) decided.add(pending);
    if (decision === true) sorted.run.push(pending);
    else if (decision === false)
      sorted.rejected.push({
        pending,
        message:
          state.context.getRejectionMessage(toolName, callId) ??
          TOOL_APPROVAL_REJECTION_MESSAGE,
      });
    else
      sorted.waiting.push(
        new RunToolApprovalItem(pending.call, turn.agent, toolName),
      );
  });
  return sorted;
}

async function needsApproval(
  { tool, call }: PendingToolCall,
  state: RunState<any, any>,
): Promise<boolean> {
  if (!tool || tool.needsApproval === neverNeedsApproval) return false;
  // An agent tool whose nested run waits was approved before it started: resuming it is not a new call.
  if (state.pendingAgentToolRuns.has(call.call_id)) return false;
  const input = await parseArguments(tool, call.arguments);
  if (!input.ok) return false;
  return (
    (await tool.needsApproval(state.context, input.value, call.call_id)) ===
    true
  );
}

// What no decision was needed for: shared, never added to.
const NONE_DECIDED: ReadonlySet<PendingToolCall> = new Set();
