import type { Agent } from '../agent/agent.js';
import type { RunContext } from '../context/run-context.js';
import type { AgentOutputItem } from '../items/items.js';
import type { ModelResponse } from '../model/model.js';
import type { GuardrailFunctionOutput } from './input-guardrail.js';

/** What an output guardrail is given. */
export interface OutputGuardrailFunctionArgs<
  TContext = unknown,
  TOutput = unknown,
> {
  /** The agent that produced the final output. */
  agent: Agent<any, any>;
  /** The final output: text, or the parsed structured output. */
  agentOutput: TOutput;
  /** The run's context. */
  context: RunContext<TContext>;
  /** The response the output came from, or `partial: true` for a check of text still streaming. */
  details?: {
    /** The response the final output came from. */
    modelResponse?: ModelResponse;
    /** That response's output items. */
    output?: AgentOutputItem[];
    /**
     * `true` when `agentOutput` is the text streamed so far, checked at a checkpoint of
     * `outputGuardrailStreaming: { checkpointEvery }` (Baton only); the final output is checked once more when
     * complete, without it.
     */
    partial?: boolean;
  };
  /** Aborts when the verdict no longer matters (the run was aborted, another guardrail tripped). */
  signal: AbortSignal;
}

/** The function that checks a final output. */
export type OutputGuardrailFunction<TContext = unknown, TOutput = unknown> = (
  args: OutputGuardrailFunctionArgs<TContext, TOutput>,
) => GuardrailFunctionOutput | Promise<GuardrailFunctionOutput>;

/** A check of the final output, given to an agent's or a runner's `outputGuardrails`. */
// eslint-disable-next-line no-restricted-syntax -- a guardrail written for any output type, as in @openai/agents
export interface OutputGuardrail<TContext = unknown, TOutput = any> {
  /** A name for results, errors and traces. */
  name: string;
  /** The check. */
  execute: OutputGuardrailFunction<TContext, TOutput>;
}

/** Which guardrail a result is from. */
export interface OutputGuardrailMetadata {
  type: 'output';
  name: string;
}

/** What one output guardrail said about a final output. */
export interface OutputGuardrailResult<TOutput = unknown> {
  guardrail: OutputGuardrailMetadata;
  /** The output that was checked. */
  agentOutput: TOutput;
  /** The agent that produced it. */
  agent: Agent<any, any>;
  output: GuardrailFunctionOutput;
}

/** An output guardrail made by {@link defineOutputGuardrail}. */
// eslint-disable-next-line no-restricted-syntax -- a guardrail written for any output type, as in @openai/agents
export interface OutputGuardrailDefinition<TContext = unknown, TOutput = any>
  extends OutputGuardrailMetadata, OutputGuardrail<TContext, TOutput> {
  guardrailFunction: OutputGuardrailFunction<TContext, TOutput>;
  /** Runs the check and wraps its output in a result. */
  run(
    args: OutputGuardrailFunctionArgs<TContext, TOutput>,
  ): Promise<OutputGuardrailResult<TOutput>>;
}

/**
 * Defines an output guardrail: a check of the final output before the caller sees it. When it trips, the run ends
 * with `OutputGuardrailTripwireTriggered` and the output is not exposed.
 *
 * @example
 * const noPhoneNumbers = defineOutputGuardrail({
 *   name: 'no phone numbers',
 *   execute: ({ agentOutput }) => ({
 *     tripwireTriggered: /\+?\d[\d -]{7,}\d/.test(String(agentOutput)),
 *     outputInfo: null,
 *   }),
 * });
 * @see docs/guardrails.md
 */
// eslint-disable-next-line no-restricted-syntax -- a guardrail written for any output type, as in @openai/agents
export function defineOutputGuardrail<TContext = unknown, TOutput = any>(
  options: OutputGuardrail<TContext, TOutput>,
): OutputGuardrailDefinition<TContext, TOutput> {
  const { name, execute } = options;
  return {
    type: 'output',
    name,
    execute,
    guardrailFunction: execute,
    async run(args) {
      return {
        guardrail: { type: 'output', name },
        agent: args.agent,
        agentOutput: args.agentOutput,
        output: await execute(args),
      };
    },
  };
}
