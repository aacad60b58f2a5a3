import { TOOL_APPROVAL_REJECTION_MESSAGE } from '../context/approvals.js';
import {
  computerActions,
  type ComputerCallItem,
  type ComputerCallOutputItem,
  type ComputerSafetyCheck,
} from '../computer/computer.js';
import {
  neverAsks,
  type ComputerSafetyCheckResult,
  type ComputerTool,
} from '../computer/computer-tool.js';
import { runComputerActions } from '../computer/run-computer-actions.js';
import {
  RunToolApprovalItem,
  RunToolCallOutputItem,
} from '../items/run-item.js';
import type { RunState } from '../state/run-state.js';
import type { ToolCallRef } from './execute-tools.js';
import type { Turn } from './prepare-turn.js';
import type { StepRunner } from './step-runner.js';

/** A computer call waiting to run, with the agent's computer tool. @internal */
export interface PendingComputerCall {
  call: ComputerCallItem;
  tool: ComputerTool<any>;
}

/** What a turn's computer calls came to. @internal */
export interface ExecutedComputerCalls {
  /** One `computer_call_output` per call that ran or was rejected, in call order. */
  items: RunToolCallOutputItem[];
  /** The call that waits for a person (the calls after it wait with it, unanswered). */
  approvals: RunToolApprovalItem[];
  /** Calls that ran or were rejected on a person's decision about that very call. */
  decided: ToolCallRef[];
}

/** Sent instead of a screenshot when a call is rejected, as the Agents SDK does: a 1×1 transparent PNG. */
export const REJECTED_COMPUTER_CALL_SCREENSHOT =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==';

type Verdict =
  | { type: 'run'; acknowledged: ComputerSafetyCheck[]; decided: boolean }
  | { type: 'rejected'; message: string; decided: boolean }
  | { type: 'waiting' };

/**
 * Runs a turn's computer calls one after another (they share one screen), each as one step of the step runner
 * (`turn-N/tool/<call_id>`), and answers each with a `computer_call_output` carrying a fresh screenshot. Whether a
 * call may run is settled first, outside the step: `needsApproval`, then its `pending_safety_checks`, which are
 * acknowledged only when `onSafetyCheck` says so or a person approves the call; with neither, the run stops for
 * that call. A rejected call does not run and is answered with a blank screenshot.
 * @internal
 */
export async function executeComputerCalls(options: {
  calls: PendingComputerCall[];
  turn: Turn;
  state: RunState<any, any>;
  signal: AbortSignal;
  runStep: StepRunner;
}): Promise<ExecutedComputerCalls> {
  const { calls, turn, state, signal, runStep } = options;
  const executed: ExecutedComputerCalls = {
    items: [],
    approvals: [],
    decided: [],
  };
  for (const pending of calls) {
    const { call, tool } = pending;
    const verdict = await decide(pending, state);
    if (verdict.type === 'waiting') {
      executed.approvals.push(
        new RunToolApprovalItem(call, turn.agent, tool.name),
      );
      break;
    }
    if (verdict.decided)
      executed.decided.push({ toolName: tool.name, callId: call.call_id });
    if (verdict.type === 'rejected') {
      // The run item's `output` says why, for the caller; the model only sees the blank screenshot.
      executed.items.push(
        outputItem(
          call,
          REJECTED_COMPUTER_CALL_SCREENSHOT,
          [],
          turn,
          verdict.message,
        ),
      );
      continue;
    }
    const screenshot = await runStep(
      `turn-${state.currentTurn}/tool/${call.call_id}`,
      () =>
        runComputerActions(
          tool.computer,
          computerActions(call),
          state.context,
          signal,
        ),
    );
    executed.items.push(
      outputItem(call, screenshot, verdict.acknowledged, turn),
    );
  }
  return executed;
}

async function decide(
  { call, tool }: PendingComputerCall,
  state: RunState<any, any>,
): Promise<Verdict> {
  const callId = call.call_id;
  const decision = state.context.isToolApproved({
    toolName: tool.name,
    callId,
  });
  const checks = call.pending_safety_checks ?? [];
  if (decision === false)
    return {
      type: 'rejected',
      decided: true,
      message:
        state.context.getRejectionMessage(tool.name, callId) ??
        TOOL_APPROVAL_REJECTION_MESSAGE,
    };
  // A person who approves a call with pending checks has seen them: approving acknowledges them.
  if (decision === true)
    return { type: 'run', acknowledged: checks, decided: true };
  if (await asksForApproval(tool, call, state)) return { type: 'waiting' };
  if (checks.length === 0)
    return { type: 'run', acknowledged: [], decided: false };
  const result = await tool.onSafetyCheck?.({
    runContext: state.context,
    pendingSafetyChecks: checks,
    toolCall: call,
  });
  if (result === true)
    return { type: 'run', acknowledged: checks, decided: false };
  if (result === false)
    return {
      type: 'rejected',
      decided: false,
      message: TOOL_APPROVAL_REJECTION_MESSAGE,
    };
  const listed = acknowledgedList(result);
  if (!listed) return { type: 'waiting' };
  return { type: 'run', acknowledged: listed, decided: false };
}

async function asksForApproval(
  tool: ComputerTool<any>,
  call: ComputerCallItem,
  state: RunState<any, any>,
): Promise<boolean> {
  if (neverAsks(tool)) return false;
  const asks = await Promise.all(
    computerActions(call).map(async (action) =>
      tool.needsApproval(state.context, action, call.call_id),
    ),
  );
  return asks.some((ask) => ask === true);
}

function acknowledgedList(
  result: ComputerSafetyCheckResult,
): ComputerSafetyCheck[] | undefined {
  if (!result || typeof result !== 'object') return undefined;
  return 'acknowledgedSafetyChecks' in result
    ? result.acknowledgedSafetyChecks
    : result.acknowledged_safety_checks;
}

function outputItem(
  call: ComputerCallItem,
  screenshot: string,
  acknowledged: ComputerSafetyCheck[],
  turn: Turn,
  value: unknown = screenshot,
): RunToolCallOutputItem {
  const raw: ComputerCallOutputItem = {
    type: 'computer_call_output',
    call_id: call.call_id,
    output: { type: 'computer_screenshot', image_url: screenshot },
    ...(acknowledged.length > 0 && {
      acknowledged_safety_checks: acknowledged.map(({ id, code, message }) => ({
        id,
        ...(code != null && { code }),
        ...(message != null && { message }),
      })),
    }),
  };
  return new RunToolCallOutputItem(raw, turn.agent, value);
}
