import { agentToolSource } from '../agent/agent-tool-source.js';
import { serializeRunState } from '../state/serialize.js';
import { RunState } from '../state/run-state.js';
import type { ToolInvocation } from '../tools/invoke-tool.js';
import type { PendingToolCall } from './classify-output.js';
import type { MaybePromise } from './is-promise.js';

/**
 * A tool call's invocation as its step returns it. When the call was an agent tool's and its nested run stopped for
 * approvals, that run's state travels with it as JSON: a journaling step runner keeps only what the step returns,
 * so a replayed run finds the waiting nested run there rather than in memory.
 * @internal
 */
export interface StepInvocation extends ToolInvocation {
  waitingRun?: Record<string, unknown>;
}

/** The step's result: the invocation, with the nested run that waits, if any (written without its context). @internal */
export function withWaitingRun(
  invocation: ToolInvocation,
  waiting: RunState<any, any> | undefined,
): StepInvocation {
  if (!waiting) return invocation;
  return {
    ...invocation,
    waitingRun: serializeRunState(waiting, {
      includeContext: false,
    }) as unknown as Record<string, unknown>,
  };
}

/**
 * The nested run a replayed step says was waiting, restored with the calling run's context (as a saved state's
 * nested runs are), or undefined when the step has none (at once: most steps have none).
 * @internal
 */
export function restoreWaitingRun(
  pending: PendingToolCall,
  invocation: StepInvocation,
  state: RunState<any, any>,
): MaybePromise<RunState<any, any> | undefined> {
  if (!invocation.waitingRun) return undefined;
  const agent = pending.tool && agentToolSource(pending.tool);
  if (!agent) return undefined;
  return RunState.fromString(agent, JSON.stringify(invocation.waitingRun), {
    runContext: state.context,
  });
}

/** The invocation without the nested run's JSON, as the rest of the turn uses it. @internal */
export function withoutWaitingRun(invocation: StepInvocation): ToolInvocation {
  if (!invocation.waitingRun) return invocation;
  const { waitingRun: _waiting, ...rest } = invocation;
  return rest;
}
