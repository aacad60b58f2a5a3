import type { FunctionToolResult } from '../agent/tool-use-behavior.js';
import type { RunItem } from '../items/run-item.js';
import { applyChange } from './apply-change.js';
import type { ClassifiedOutput, PendingToolCall } from './classify-output.js';
import { decideNextStep } from './decide-next-step.js';
import { executeHandoff } from './execute-handoff.js';
import {
  executeTools,
  noToolsRan,
  type ExecutedTools,
  type FinishedTools,
  type NestingOfRun,
} from './execute-tools.js';
import type { RunToolApprovalItem } from '../items/run-item.js';
import {
  executeComputerCalls,
  type PendingComputerCall,
} from './execute-computer-calls.js';
import type { LoopContext, TurnOutcome } from './loop.js';
import type { Turn } from './prepare-turn.js';
import { throwIfAborted } from './run-abort.js';
import { isPromise, type MaybePromise } from './is-promise.js';
import {
  answerApprovalRequests,
  type PendingApprovalRequest,
} from './answer-approval-requests.js';

/**
 * The second half of a turn, once the model has answered: runs the calls still to run, stops for the ones waiting
 * for approval, then decides what follows and carries out a handoff. A fresh turn passes every call of the
 * response; a resumed one passes only those that got no output before the run stopped, with the results they did
 * get (`earlier`), so nothing runs twice.
 * @internal
 */
export async function actOnResponse(
  context: LoopContext,
  options: {
    turn: Turn;
    classified: ClassifiedOutput;
    calls: PendingToolCall[];
    /** The computer calls to run; all of the response's when left out. */
    computerCalls?: PendingComputerCall[];
    /** The approval requests to answer; all of the response's when left out. */
    approvalRequests?: PendingApprovalRequest[];
    signal: AbortSignal;
    earlier?: FunctionToolResult[];
  },
): Promise<TurnOutcome> {
  const { state, sink } = context;
  const { turn, classified, calls, signal } = options;
  const computerCalls = options.computerCalls ?? classified.computerCalls;
  if (calls.length > 0 || computerCalls.length > 0)
    applyChange(state, sink, { type: 'tools_used', agent: turn.agent });
  const record = (tools: RecordedTools) => recordTools(context, tools);
  const ran = runCalls(context, { turn, calls, signal, record });
  const tools = isPromise(ran) ? await ran : ran;
  record(tools);
  if (tools.nestedRuns.size > 0)
    applyChange(state, sink, {
      type: 'nested_runs_changed',
      runs: tools.nestedRuns,
    });
  throwIfAborted(signal, state);
  const answered = answerOtherCalls(context, {
    turn,
    signal,
    computerCalls,
    approvalRequests: options.approvalRequests ?? classified.approvalRequests,
  });
  const { computer, requests } = isPromise(answered)
    ? await answered
    : answered;
  if (computer !== NOTHING_DONE)
    record({ ...computer, results: [], guardrailResults: [] });
  if (requests !== NOTHING_DONE)
    record({ ...requests, results: [], guardrailResults: [] });
  throwIfAborted(signal, state);
  // A handoff or a final answer must wait as well: it may depend on what the waiting calls return.
  const waiting = interruptionOf(tools, computer.approvals, requests.approvals);
  if (waiting) return waiting;
  // The provider waits for the answers to its approval requests before it calls the tools.
  if (requests.items.length > 0 && classified.handoffCalls.length === 0)
    return { type: 'run_again' };
  const decided = decideNextStep({
    turn,
    state,
    classified,
    toolResults: inCallOrder(
      classified,
      options.earlier ? [...options.earlier, ...tools.results] : tools.results,
    ),
  });
  const step = isPromise(decided) ? await decided : decided;
  if (step.type !== 'handoff') return step;
  await executeHandoff({
    step,
    extraCalls: classified.handoffCalls.slice(1),
    state,
    sink,
    defaultInputFilter: context.config.handoffInputFilter,
    hooks: context.hooks,
  });
  return { type: 'run_again' };
}

/** Runs the response's function calls; a response without any (a final answer) waits for no tool step. */
function runCalls(
  context: LoopContext,
  options: {
    turn: Turn;
    calls: PendingToolCall[];
    signal: AbortSignal;
    record: (tools: RecordedTools) => void;
  },
): MaybePromise<ExecutedTools> {
  if (options.calls.length === 0) return noToolsRan();
  return executeTools({
    calls: options.calls,
    turn: options.turn,
    state: context.state,
    config: context.config,
    signal: options.signal,
    runStep: context.runStep,
    hooks: context.hooks,
    sink: context.sink,
    nesting: nestingOf(context),
    keepFinished: options.record,
  });
}

/** The calls of a response that are neither function calls nor handoffs. */
interface OtherCalls {
  turn: Turn;
  signal: AbortSignal;
  computerCalls: PendingComputerCall[];
  approvalRequests: PendingApprovalRequest[];
}

/** Runs the response's computer calls, then answers its approval requests; most responses have neither. */
function answerOtherCalls(context: LoopContext, options: OtherCalls) {
  if (
    options.computerCalls.length === 0 &&
    options.approvalRequests.length === 0
  )
    return NOTHING_ELSE;
  return runOtherCalls(context, options);
}

async function runOtherCalls(context: LoopContext, options: OtherCalls) {
  const { turn, signal, computerCalls, approvalRequests } = options;
  const { state } = context;
  const computer =
    computerCalls.length === 0
      ? NOTHING_DONE
      : await executeComputerCalls({
          calls: computerCalls,
          turn,
          state,
          signal,
          runStep: context.runStep,
        });
  const requests =
    approvalRequests.length === 0
      ? NOTHING_DONE
      : await answerApprovalRequests(approvalRequests, turn, state);
  return { computer, requests };
}

// What a step with nothing to do returns; never written to.
const NOTHING_DONE = Object.freeze({
  items: Object.freeze([]) as never[],
  approvals: Object.freeze([]) as never[],
  decided: Object.freeze([]) as never[],
});
const NOTHING_ELSE = Object.freeze({
  computer: NOTHING_DONE,
  requests: NOTHING_DONE,
});

type RecordedTools = Omit<FinishedTools, 'items'> & {
  items: readonly RunItem[];
};

// What finished is recorded at once: a later failure of the turn must not lose it.
function recordTools({ state, sink }: LoopContext, tools: RecordedTools) {
  if (tools.items.length > 0)
    applyChange(state, sink, { type: 'items_added', items: tools.items });
  if (tools.decided.length > 0)
    applyChange(state, sink, { type: 'decisions_used', calls: tools.decided });
  if (tools.guardrailResults.length > 0)
    applyChange(state, sink, {
      type: 'tool_guardrails_ran',
      results: tools.guardrailResults,
    });
}

/** Where this run's agent tools stream: the top-level run's sink, tagged below this run's own origin. */
function nestingOf(context: LoopContext): NestingOfRun {
  return {
    root: context.nesting?.root ?? context.sink,
    origin: context.nesting?.origin,
    nestedEvents: context.nesting?.forward ?? context.nestedEvents === true,
  };
}

/** The interruption of a turn whose calls (or agent tools' nested runs) wait for a person, if any. */
function interruptionOf(
  tools: ExecutedTools,
  computerApprovals: readonly RunToolApprovalItem[],
  requestApprovals: readonly RunToolApprovalItem[],
): Extract<TurnOutcome, { type: 'interruption' }> | undefined {
  const { nestedApprovals } = tools;
  // Most turns wait for nothing: no list is made for them.
  if (
    tools.approvals.length +
      computerApprovals.length +
      requestApprovals.length +
      nestedApprovals.length ===
    0
  )
    return undefined;
  const approvals = [
    ...tools.approvals,
    ...computerApprovals,
    ...requestApprovals,
    ...nestedApprovals,
  ];
  return {
    type: 'interruption',
    interruptions: approvals,
    ...(nestedApprovals.length > 0 && { nested: nestedApprovals }),
  };
}

// `stop_on_first_tool` means the first call of the response, whichever pass of the turn ran it.
function inCallOrder(
  classified: ClassifiedOutput,
  results: FunctionToolResult[],
): FunctionToolResult[] {
  if (results.length < 2) return results;
  const order = new Map(
    classified.toolCalls.map((pending, index) => [pending.call.call_id, index]),
  );
  const position = (result: FunctionToolResult) =>
    order.get((result.runItem.rawItem as { call_id: string }).call_id) ??
    Infinity;
  return [...results].sort((a, b) => position(a) - position(b));
}
