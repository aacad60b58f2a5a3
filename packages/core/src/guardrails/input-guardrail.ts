import type { Agent } from '../agent/agent.js';
import type { RunContext } from '../context/run-context.js';
import type { AgentInputItem } from '../items/items.js';

/** What a guardrail function returns: whether the tripwire fired, and anything worth keeping about why. */
export interface GuardrailFunctionOutput {
  /** True stops the run with a tripwire error. */
  tripwireTriggered: boolean;
  /** Details for the caller (a verdict, a reason, the guardrail agent's output...). */
  // eslint-disable-next-line no-restricted-syntax -- as in @openai/agents: ported code reads its fields directly
  outputInfo: any;
}

/** What an input guardrail is given. */
export interface InputGuardrailFunctionArgs<TContext = unknown> {
  /** The agent the run starts with. */
  agent: Agent<any, any>;
  /** The run's input. */
  input: string | AgentInputItem[];
  /** The run's context. */
  context: RunContext<TContext>;
  /**
   * Aborts when the guardrail's verdict no longer matters (another guardrail tripped, the run was aborted). Pass it
   * to a nested `run()` (`run(checker, input, { signal })`) so its model call stops too.
   */
  signal: AbortSignal;
}

/** The function that checks a run's input. */
export type InputGuardrailFunction<TContext = unknown> = (
  args: InputGuardrailFunctionArgs<TContext>,
) => GuardrailFunctionOutput | Promise<GuardrailFunctionOutput>;

/** A check of the run's input, given to an agent's or a runner's `inputGuardrails`. */
export interface InputGuardrail<TContext = unknown> {
  /** A name for results, errors and traces. */
  name: string;
  /** The check. */
  execute: InputGuardrailFunction<TContext>;
  /**
   * `true` (default): runs beside the first model call, which it aborts when it trips. `false`: runs, and must pass,
   * before the model is called at all.
   */
  runInParallel?: boolean;
}

/** Which guardrail a result is from. */
export interface InputGuardrailMetadata {
  type: 'input';
  name: string;
}

/** What one input guardrail said. */
export interface InputGuardrailResult {
  guardrail: InputGuardrailMetadata;
  output: GuardrailFunctionOutput;
}

/** An input guardrail made by {@link defineInputGuardrail}. */
export interface InputGuardrailDefinition<TContext = unknown>
  extends InputGuardrailMetadata, InputGuardrail<TContext> {
  guardrailFunction: InputGuardrailFunction<TContext>;
  runInParallel: boolean;
  /** Runs the check and wraps its output in a result. */
  run(
    args: InputGuardrailFunctionArgs<TContext>,
  ): Promise<InputGuardrailResult>;
}

/**
 * Defines an input guardrail: a fast check of the run's input that can stop the run before the expensive model has
 * done (and been paid for) its work.
 *
 * @example
 * const homework = defineInputGuardrail({
 *   name: 'math homework',
 *   execute: async ({ input, context, signal }) => {
 *     const verdict = await run(homeworkChecker, input, { context: context.context, signal });
 *     return { tripwireTriggered: verdict.finalOutput?.isMathHomework ?? false, outputInfo: verdict.finalOutput };
 *   },
 * });
 * @see docs/guardrails.md
 */
export function defineInputGuardrail<TContext = unknown>(
  options: InputGuardrail<TContext>,
): InputGuardrailDefinition<TContext> {
  const { name, execute } = options;
  return {
    type: 'input',
    name,
    runInParallel: options.runInParallel ?? true,
    execute,
    guardrailFunction: execute,
    async run(args) {
      return {
        guardrail: { type: 'input', name },
        output: await execute(args),
      };
    },
  };
}
