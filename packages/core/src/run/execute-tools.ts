import type { FunctionToolResult } from '../agent/tool-use-behavior.js';
import { ModelBehaviorError } from '../errors/errors.js';
import {
  RunToolCallOutputItem,
  type RunToolApprovalItem,
} from '../items/run-item.js';
import type { RunState } from '../state/run-state.js';
import {
  invokeFunctionTool,
  type ToolInvocation,
} from '../tools/invoke-tool.js';
import type { PendingToolCall } from './classify-output.js';
import { runConcurrently } from './run-concurrently.js';
import type { Turn } from './prepare-turn.js';
import type { ResolvedRunConfig } from './run-config.js';
import type { StepRunner } from './step-runner.js';
import type { RunHooks } from '../lifecycle/hooks.js';
import { hooksListen, notifyHooks } from './notify-hooks.js';
import { guardToolCall, type GuardedInvocation } from './guard-tool-call.js';
import type { ToolGuardrailResult } from '../guardrails/tool-guardrail.js';
import { sortByApproval } from './sort-by-approval.js';
import { isPromise } from './is-promise.js';
import type { EventSink } from '../streaming/event-sink.js';
import type { StreamEventOrigin } from '../streaming/events.js';
import type { ToolCallScope } from '../tools/tool-call-scope.js';
import { toolProgressRecorder } from '../tracing/trace-run.js';
import type { FunctionTool } from '../tools/function-tool.js';
import type { Agent } from '../agent/agent.js';
import {
  restoreWaitingRun,
  withoutWaitingRun,
  withWaitingRun,
  type StepInvocation,
} from './journal-waiting-run.js';

/** The outputs of one turn's function calls, in call order. @internal */
export interface ExecutedTools {
  items: RunToolCallOutputItem[];
  /** What the tools' guardrails said, in call order. */
  guardrailResults: ToolGuardrailResult[];
  /** The results of real tools (calls to unknown tools are answered, but are no tool's result). */
  results: FunctionToolResult[];
  /** Calls that wait for a person's decision: they did not run, and the run stops for them. */
  approvals: RunToolApprovalItem[];
  /** Calls that ran or were rejected on a person's decision about that very call: the decision is now used. */
  decided: ToolCallRef[];
  /**
   * Agent-tool calls whose nested run stopped for approvals (with its state: the call waits, without output) or,
   * with `undefined`, whose earlier nested run is now done. By call id.
   */
  nestedRuns: Map<string, RunState<any, any> | undefined>;
  /** What the nested runs of `nestedRuns` wait for: the run stops for them too. */
  nestedApprovals: RunToolApprovalItem[];
}

/** Where the nested runs of a run's agent tools stream. @internal */
export interface NestingOfRun {
  /** The top-level run's sink. */
  root: EventSink;
  /** Where this run's events come from; undefined for the top-level run. */
  origin: StreamEventOrigin | undefined;
  /** Whether nested runs' events reach the top-level stream. */
  nestedEvents: boolean;
}

/** A tool call, by tool name and call id, as approval decisions are filed. @internal */
export interface ToolCallRef {
  toolName: string;
  callId: string;
}

/**
 * Runs every function call of a response at once (up to `toolConcurrency`) and turns each outcome — result,
 * bad arguments, throw, timeout, unknown tool, rejection by a person — into a `function_call_output` for the model.
 * Calls still waiting for approval do not run and get no output. Each invocation is one step of the step runner,
 * keyed by turn and call id.
 * @internal
 */
export async function executeTools(options: {
  calls: PendingToolCall[];
  turn: Turn;
  state: RunState<any, any>;
  config: ResolvedRunConfig;
  signal: AbortSignal;
  runStep: StepRunner;
  hooks?: RunHooks<any>;
  /** The run's sink, where tools' progress goes. */
  sink: EventSink;
  /** Where agent tools' nested runs stream. */
  nesting: NestingOfRun;
  /** Given the outputs of the calls that did finish when another one fails the turn, before the error surfaces. */
  keepFinished?: (finished: FinishedTools) => void;
}): Promise<ExecutedTools> {
  const { calls, turn, state, config, signal, runStep } = options;
  if (calls.length === 0) return noToolsRan();
  const sorting = sortByApproval(calls, turn, state);
  const sorted = isPromise(sorting) ? await sorting : sorting;
  const outcomes = new Map<PendingToolCall, ToolInvocation>();
  const suspended = new Map<PendingToolCall, RunState<any, any>>();
  for (const { pending, message } of sorted.rejected)
    outcomes.set(pending, rejection(message));
  try {
    await runConcurrently(
      sorted.run.map((pending) => async () => {
        const invocation = await runStep<StepInvocation>(
          `turn-${state.currentTurn}/tool/${pending.call.call_id}`,
          async () =>
            withWaitingRun(
              await invoke(pending, options, suspended),
              suspended.get(pending),
            ),
        );
        // Replayed from a journal, the step did not run here: its nested run that waits comes from its result.
        if (!suspended.has(pending)) {
          const restoring = restoreWaitingRun(pending, invocation, state);
          const waiting = isPromise(restoring) ? await restoring : restoring;
          if (waiting) suspended.set(pending, waiting);
        }
        outcomes.set(pending, withoutWaitingRun(invocation));
      }),
      config.toolConcurrency,
      signal,
    );
  } catch (error) {
    // What finished stays done: a resumed run must not run those calls again.
    if (outcomes.size > 0)
      options.keepFinished?.(
        collect(calls, outcomes, turn, sorted.decided, new Map()),
      );
    throw error;
  }
  const collected = collect(calls, outcomes, turn, sorted.decided, suspended);
  return {
    ...collected,
    approvals: sorted.waiting,
    ...nestedRunsOf(calls, outcomes, suspended, state),
  };
}

/**
 * What {@link executeTools} returns for a response without function calls (most final answers): one shared,
 * empty outcome, only ever read.
 * @internal
 */
export function noToolsRan(): ExecutedTools {
  return NO_TOOLS_RAN;
}

const NO_TOOLS_RAN: ExecutedTools = Object.freeze({
  items: Object.freeze([]) as never[],
  results: Object.freeze([]) as never[],
  guardrailResults: Object.freeze([]) as never[],
  approvals: Object.freeze([]) as never[],
  decided: Object.freeze([]) as never[],
  nestedRuns: new Map<string, undefined>(),
  nestedApprovals: Object.freeze([]) as never[],
});

/** What of a turn's tool calls is kept when the turn fails. @internal */
export type FinishedTools = Omit<
  ExecutedTools,
  'approvals' | 'nestedRuns' | 'nestedApprovals'
>;

/** The outputs, in call order, of the calls that have one. */
function collect(
  calls: PendingToolCall[],
  outcomes: Map<PendingToolCall, ToolInvocation>,
  turn: Turn,
  decidedCalls: ReadonlySet<PendingToolCall>,
  suspended: ReadonlyMap<PendingToolCall, RunState<any, any>>,
): FinishedTools {
  const decided: ToolCallRef[] = [];
  const items: RunToolCallOutputItem[] = [];
  const results: FunctionToolResult[] = [];
  const guardrailResults: ToolGuardrailResult[] = [];
  for (const pending of calls) {
    const invocation = outcomes.get(pending);
    if (!invocation || suspended.has(pending)) continue;
    if ('guardrailResults' in invocation)
      guardrailResults.push(
        ...(invocation as GuardedInvocation).guardrailResults,
      );
    const { call, tool } = pending;
    if (tool && decidedCalls.has(pending))
      decided.push({ toolName: tool.name, callId: call.call_id });
    const runItem = new RunToolCallOutputItem(
      {
        type: 'function_call_output',
        call_id: call.call_id,
        output: invocation.output,
      },
      turn.agent,
      invocation.value,
    );
    items.push(runItem);
    if (tool)
      results.push({
        type: 'function_output',
        tool,
        output: invocation.value,
        runItem,
      });
  }
  return { items, results, guardrailResults, decided };
}

/** The nested runs that now wait for approvals, and those of earlier passes that are done. */
function nestedRunsOf(
  calls: PendingToolCall[],
  outcomes: ReadonlyMap<PendingToolCall, ToolInvocation>,
  suspended: ReadonlyMap<PendingToolCall, RunState<any, any>>,
  state: RunState<any, any>,
): Pick<ExecutedTools, 'nestedRuns' | 'nestedApprovals'> {
  const nestedRuns = new Map<string, RunState<any, any> | undefined>();
  const nestedApprovals: RunToolApprovalItem[] = [];
  for (const pending of calls) {
    const callId = pending.call.call_id;
    const nested = suspended.get(pending);
    if (nested) {
      nestedRuns.set(callId, nested);
      nestedApprovals.push(...nested.interruptions);
    } else if (outcomes.has(pending) && state.pendingAgentToolRuns.has(callId))
      nestedRuns.set(callId, undefined);
  }
  return { nestedRuns, nestedApprovals };
}

// As in the Agents SDK, a rejected call is answered with the message, and counts as the tool's result.
function rejection(message: string): ToolInvocation {
  return { output: message, value: message };
}

async function invoke(
  pending: PendingToolCall,
  options: {
    turn: Turn;
    state: RunState<any, any>;
    config: ResolvedRunConfig;
    signal: AbortSignal;
    hooks?: RunHooks<any>;
    sink: EventSink;
    nesting: NestingOfRun;
  },
  suspended: Map<PendingToolCall, RunState<any, any>>,
): Promise<ToolInvocation> {
  const { call, tool } = pending;
  if (tool) {
    const { hooks, state, turn } = options;
    const scope: ToolCallScope = {
      agent: turn.agent,
      state,
      config: options.config,
      ...options.nesting,
      pending: state.pendingAgentToolRuns.get(call.call_id),
    };
    // Inside the step: a journaled replay that skips the tool tells no listener it ran.
    if (hooksListen(hooks, turn.agent))
      notifyHooks(hooks, state.context, {
        type: 'agent_tool_start',
        agent: turn.agent,
        tool,
        toolCall: call,
      });
    const invocation = await guardToolCall({
      tool,
      call,
      agent: turn.agent,
      state,
      invoke: () =>
        invokeFunctionTool({
          tool,
          call,
          runContext: state.context,
          signal: options.signal,
          scope,
          emit: progressEmitter(options.sink, tool, call.call_id, turn.agent),
        }),
    });
    if (scope.suspended) suspended.set(pending, scope.suspended);
    // The result's text is made only for someone who hears of it.
    if (hooksListen(hooks, turn.agent))
      notifyHooks(hooks, state.context, {
        type: 'agent_tool_end',
        agent: turn.agent,
        tool,
        toolCall: call,
        result:
          typeof invocation.output === 'string'
            ? invocation.output
            : JSON.stringify(invocation.output),
      });
    return invocation;
  }
  options.signal.throwIfAborted();
  const available = [
    ...options.turn.functionTools.keys(),
    ...options.turn.handoffs.keys(),
  ];
  const message =
    `Tool "${call.name}" does not exist for agent "${options.turn.agent.name}". ` +
    `Available tools: ${available.length > 0 ? available.join(', ') : 'none'}.`;
  if (options.config.unknownToolBehavior === 'throw')
    throw new ModelBehaviorError(message, { state: options.state });
  return { output: message, value: message };
}

/** What `details.emit` does for one call: an event on the stream, an event on the call's span. Made in the span. */
function progressEmitter(
  sink: EventSink,
  tool: FunctionTool<any, any, any>,
  callId: string,
  agent: Agent<any, any>,
): (data: unknown) => void {
  const traced = toolProgressRecorder();
  return (data) => {
    if (sink.active)
      sink.emit({
        type: 'tool_progress_stream_event',
        toolName: tool.name,
        callId,
        agent,
        data,
      });
    traced?.(data);
  };
}
