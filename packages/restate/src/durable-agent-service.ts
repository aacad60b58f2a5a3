import type { Agent, RunInput } from '@baton/core';
import * as restate from '@restatedev/restate-sdk';
import {
  decide,
  pendingApprovals,
  type ApprovalDecision,
  type PendingApproval,
} from './approvals.js';
import type { DurableEventsOptions } from './event-publisher.js';
import { publishedRun } from './published-run.js';
import {
  durableResult,
  runDurably,
  type DurableRunOptions,
  type DurableRunResult,
} from './durable-run.js';

/** What the `run` handler takes. */
export interface DurableRunRequest {
  /** The run's input: text or Responses API items. */
  input: RunInput;
  /** Handed to the `context` option, which makes the run's context from it. */
  context?: unknown;
}

/** Options of {@link durableAgentService}. */
export interface DurableAgentServiceOptions<
  TContext = unknown,
> extends DurableRunOptions<TContext> {
  /** The Restate service name (the URL's first segment). Default: the agent's name without spaces. */
  name?: string;
  /**
   * Restate's settings of the service: `retryPolicy` (retries of the whole invocation after a crashed worker or an
   * error outside any step), `inactivityTimeout` (how long a run that waits for approval stays in a worker before
   * Restate suspends it; Restate's default is a minute), `abortTimeout`, retention of journals and results.
   */
  restateOptions?: restate.ServiceOptions;
  /**
   * Publishes each run's stream events (text deltas, items, agent changes, the end) to a {@link durableRunEvents}
   * log keyed by run id, which callers follow with {@link followRun}. The run then streams its model calls.
   */
  events?: DurableEventsOptions;
}

/**
 * A Restate workflow that runs `agent` durably, one workflow id per run: `run` takes the input and returns the final
 * output and usage; `approvals` lists the tool calls it waits on, `approve` and `reject` decide them, from any
 * process and at any later time. A worker that dies mid-run loses nothing: Restate re-invokes the run on another
 * one, finished steps come from the journal.
 *
 * @example
 * const service = durableAgentService(agent, { name: 'support' });
 * await serveWorker([service], { port: 9080 });
 * // POST http://restate:8080/support/<run id>/run  {"input": "Where is my refund?"}
 * @see docs/durable-runs.md
 */
export function durableAgentService<TContext>(
  agent: Agent<TContext, any>,
  options: DurableAgentServiceOptions<TContext> = {},
) {
  const name = options.name ?? agent.name.replace(/\s+/g, '');
  return restate.workflow({
    name,
    handlers: {
      run: (
        ctx: restate.WorkflowContext,
        request: DurableRunRequest,
      ): Promise<DurableRunResult> =>
        publishedRun(
          options.events && {
            ...options.events,
            service: options.events.service ?? `${name}Events`,
            runId: ctx.key,
          },
          async (onEvent) =>
            durableResult(
              await runDurably(ctx, agent, request.input, {
                ...options,
                requestContext: request.context,
                ...(onEvent && { onEvent }),
              }),
            ),
        ),
      approvals: async (
        ctx: restate.WorkflowSharedContext,
      ): Promise<PendingApproval[]> => pendingApprovals(ctx),
      approve: async (
        ctx: restate.WorkflowSharedContext,
        decision: ApprovalDecision,
      ): Promise<void> => decide(ctx, decision, true),
      reject: async (
        ctx: restate.WorkflowSharedContext,
        decision: ApprovalDecision,
      ): Promise<void> => decide(ctx, decision, false),
    },
    ...(options.restateOptions && { options: options.restateOptions }),
  });
}
