import type { Agent } from '../agent/agent.js';
import { RunContext } from '../context/run-context.js';
import type { RunInput } from '../items/input.js';
import { RunHooks } from '../lifecycle/hooks.js';
import { RunState } from '../state/run-state.js';
import { noopSink, type EventSink } from '../streaming/event-sink.js';
import { outputGuardrailSink } from './guard-streamed-output.js';
import { runLoop } from './loop.js';
import { rejectUnbuiltOptions } from '../errors/reject-unbuilt-options.js';
import { RunResult } from './result.js';
import {
  resolveRunConfig,
  type ResolvedRunConfig,
  type RunConfig,
  type RunOptions,
  UNBUILT_RUN_OPTIONS,
} from './run-config.js';
import { toRunError } from './run-abort.js';
import { holdState, resumeRun } from './resume-run.js';
import { runStepDirectly } from './step-runner.js';
import { StreamedRunResult } from './streamed-run-result.js';
import { traceRun } from '../tracing/trace-run.js';
import { UserError } from '../errors/errors.js';
import { withSession } from './with-session.js';

/**
 * Runs agents: holds settings shared by its runs (model, provider, settings, limits).
 *
 * @example
 * const runner = new Runner({ model: 'gpt-4.1-mini', maxTurns: 5 });
 * const result = await runner.run(agent, 'Hello');
 * @see docs/running-and-results.md
 */
export class Runner extends RunHooks<any> {
  /** The runner's settings, defaults filled in. */
  readonly config: Readonly<ResolvedRunConfig>;

  constructor(config: RunConfig = {}) {
    super();
    rejectUnbuiltOptions('Runner', config, UNBUILT_RUN_OPTIONS);
    this.config = resolveRunConfig(config);
  }

  /**
   * Runs `agent` on `input` until an agent gives a final output, or a tool call waits for approval; streamed when
   * `options.stream` is true. Given a `RunState` (`result.state`, `error.state`, or one from `RunState.fromString`),
   * it continues that run where it stopped, with the state's agent and context.
   */
  run<TAgent extends Agent<any, any>, TContext = unknown>(
    agent: TAgent,
    input: RunInput | RunState<TContext, TAgent>,
    options: RunOptions<TContext> & { stream: true },
  ): Promise<StreamedRunResult<TContext, TAgent>>;
  run<TAgent extends Agent<any, any>, TContext = unknown>(
    agent: TAgent,
    input: RunInput | RunState<TContext, TAgent>,
    options?: RunOptions<TContext> & { stream?: false },
  ): Promise<RunResult<TContext, TAgent>>;
  async run<TAgent extends Agent<any, any>, TContext = unknown>(
    agent: TAgent,
    input: RunInput | RunState<TContext, TAgent>,
    options: RunOptions<TContext> = {},
  ): Promise<
    RunResult<TContext, TAgent> | StreamedRunResult<TContext, TAgent>
  > {
    rejectUnbuiltOptions('run()', options, UNBUILT_RUN_OPTIONS);
    const config =
      options.toolExecution ||
      options.toolNotFoundBehavior ||
      options.inputGuardrailStreaming ||
      options.outputGuardrailStreaming ||
      options.budget
        ? resolveRunConfig(this.config, options)
        : this.config;
    const resuming = input instanceof RunState;
    // A resumed run goes on with the state's own agent, context and decisions (as in the Agents SDK).
    const state = resuming ? input : newState(agent, input, options, config);
    const release = holdState(state);
    // Aborted only by the caller's signal or the stream's consumer: that is what makes an error an abort.
    const controller = new AbortController();
    const onAbort = () => controller.abort(options.signal?.reason);
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
    const execute = async (sink: EventSink) => {
      try {
        if (resuming)
          await resumeRun(state, {
            maxTurns: options.maxTurns,
            ledger: config.runStateLedger,
            session: options.session !== undefined,
          });
        await withSession(
          { options, config, state, resuming, signal: controller.signal },
          (session) =>
            traceRun({ state, config, tracing: options.tracing }, () =>
              runLoop({
                state,
                config,
                sink,
                signal: controller.signal,
                abortable:
                  options.stream === true || options.signal !== undefined,
                runStep: options.stepRunner ?? runStepDirectly,
                hooks: this,
                errorHandlers: options.errorHandlers,
                resuming,
                session,
                nestedEvents: options.nestedEvents,
                nesting: options.nested,
              }),
            ),
        );
      } catch (error) {
        throw toRunError(error, controller.signal, state);
      } finally {
        options.signal?.removeEventListener('abort', onAbort);
        release();
      }
    };

    if (!options.stream) {
      const nested = options.nested?.sink;
      await execute(nested ? outputGuardrailSink(nested, config) : noopSink);
      return new RunResult(state, config.priceTable);
    }
    const result = new StreamedRunResult(
      state,
      (reason) => controller.abort(reason),
      config.priceTable,
    );
    execute(outputGuardrailSink(result.sink, config)).then(
      () => result.end(),
      (error: unknown) => result.end(error),
    );
    return result;
  }
}

function newState<TContext, TAgent extends Agent<any, any>>(
  agent: TAgent,
  input: RunInput,
  options: RunOptions<TContext>,
  config: ResolvedRunConfig,
): RunState<TContext, TAgent> {
  // The API refuses the two together: say so before any request is made.
  if (
    options.previousResponseId !== undefined &&
    options.conversationId !== undefined
  )
    throw new UserError(
      'Give a run either previousResponseId or conversationId, not both: a conversation already chains its ' +
        'responses. Keep conversationId to add to the stored conversation.',
    );
  return new RunState<TContext, TAgent>({
    context:
      options.context instanceof RunContext
        ? (options.context as RunContext<TContext>)
        : new RunContext<TContext>(options.context as TContext),
    input,
    agent,
    maxTurns: options.maxTurns ?? config.maxTurns,
    previousResponseId: options.previousResponseId,
    conversationId: options.conversationId,
  });
}

let defaultRunner: Runner | undefined;

/**
 * Runs an agent with a default `Runner`. Pass `{ stream: true }` to get a {@link StreamedRunResult}, and a
 * `RunState` as `input` to continue a run that stopped (for approvals, say).
 *
 * @example
 * const result = await run(agent, 'Where is my refund?');
 * console.log(result.finalOutput);
 * @see docs/running-and-results.md
 */
export function run<TAgent extends Agent<any, any>, TContext = unknown>(
  agent: TAgent,
  input: RunInput | RunState<TContext, TAgent>,
  options: RunOptions<TContext> & { stream: true },
): Promise<StreamedRunResult<TContext, TAgent>>;
export function run<TAgent extends Agent<any, any>, TContext = unknown>(
  agent: TAgent,
  input: RunInput | RunState<TContext, TAgent>,
  options?: RunOptions<TContext> & { stream?: false },
): Promise<RunResult<TContext, TAgent>>;
export function run<TAgent extends Agent<any, any>, TContext = unknown>(
  agent: TAgent,
  input: RunInput | RunState<TContext, TAgent>,
  options?: RunOptions<TContext>,
): Promise<RunResult<TContext, TAgent> | StreamedRunResult<TContext, TAgent>> {
  defaultRunner ??= new Runner();
  return defaultRunner.run(
    agent,
    input,
    options as RunOptions<TContext> & { stream?: false },
  );
}
