import {
  Runner,
  type Agent,
  type RunConfig,
  type RunInput,
  type RunResult,
  type RunStreamEvent,
  type Session,
  type UsageData,
} from '@baton/core';
import type { ObjectContext, WorkflowContext } from '@restatedev/restate-sdk';
import { awaitApprovals } from './approvals.js';
import { toTerminalError } from './errors.js';
import {
  journaledStepRunner,
  type StepRetryPolicy,
} from './journaled-step-runner.js';

/** What a durable run returns to its caller: JSON, as Restate stores it. */
export interface DurableRunResult<TOutput = unknown> {
  /** The last agent's final output. */
  finalOutput: TOutput;
  /** Tokens and requests of every model call of the run. */
  usage: UsageData & { requests: number };
  /** The name of the agent that gave the final output. */
  lastAgent: string;
}

/** Settings of durable runs shared by the service and the conversation object. */
export interface DurableRunOptions<TContext = unknown> {
  /** Runner settings (model, provider, limits, tracing); `traceId` is set per run, one trace across replays. */
  runConfig?: RunConfig;
  /** Most model calls in one run. Default: the runner's (10). */
  maxTurns?: number;
  /** Retries of failed model calls and tool invocations (see {@link StepRetryPolicy}). */
  stepRetry?: StepRetryPolicy;
  /** The run's context, made from the request's `context` field (or from nothing). Rebuilt on every replay. */
  context?: (requestContext: unknown) => TContext;
  /** Told when a step runs here (not when it is replayed): for logs and tests. */
  onStepStart?: (key: string) => void;
  /** Gets every stream event of the run; with it the run streams (text deltas included). */
  onEvent?: (event: RunStreamEvent, step: string | undefined) => void;
}

/**
 * Runs `agent` inside a Restate handler: every model call and tool invocation is a journaled step, approvals
 * suspend on awakeables until decided, and a Baton error that retrying cannot fix ends the invocation with a
 * `TerminalError`. The trace id comes from Restate's deterministic random source, so replays share one trace.
 * @internal
 */
export async function runDurably<TContext>(
  ctx: ObjectContext | WorkflowContext,
  agent: Agent<TContext, any>,
  input: RunInput,
  options: DurableRunOptions<TContext> & {
    requestContext?: unknown;
    session?: Session;
  },
): Promise<RunResult<TContext, Agent<TContext, any>>> {
  const traceId = `trace_${ctx.rand.uuidv4().replace(/-/g, '')}`;
  const runner = new Runner({ ...options.runConfig, traceId });
  let step: string | undefined;
  const stepRunner = journaledStepRunner(ctx, {
    ...(options.stepRetry && { retry: options.stepRetry }),
    onStepStart: (key) => {
      step = key;
      options.onStepStart?.(key);
    },
  });
  const context = options.context?.(options.requestContext);
  const runOnce = async (
    from: Parameters<Runner['run']>[1],
  ): Promise<RunResult<TContext, Agent<TContext, any>>> => {
    const runOptions = {
      stepRunner,
      ...(options.session && { session: options.session }),
      ...(context !== undefined && { context }),
      ...(options.maxTurns !== undefined && { maxTurns: options.maxTurns }),
    };
    const { onEvent } = options;
    if (!onEvent)
      return runner.run(agent, from as RunInput, runOptions) as Promise<
        RunResult<TContext, Agent<TContext, any>>
      >;
    const streamed = await runner.run(agent, from as RunInput, {
      ...runOptions,
      stream: true,
    });
    for await (const event of streamed) onEvent(event, step);
    await streamed.completed;
    return streamed as unknown as RunResult<TContext, Agent<TContext, any>>;
  };
  try {
    let result = await runOnce(input);
    while (result.interruptions.length > 0) {
      await awaitApprovals(ctx, result.state, result.interruptions);
      result = await runOnce(result.state);
    }
    return result;
  } catch (error) {
    throw toTerminalError(error);
  }
}

/** The JSON a durable run hands back. @internal */
export function durableResult(
  result: RunResult<any, Agent<any, any>>,
): DurableRunResult {
  return {
    finalOutput: result.finalOutput ?? null,
    usage: result.state.usage.toJSON(),
    lastAgent: result.lastAgent.name,
  };
}
