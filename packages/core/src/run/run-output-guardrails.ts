import { OutputGuardrailTripwireTriggered } from '../guardrails/guardrail-errors.js';
import type {
  OutputGuardrail,
  OutputGuardrailResult,
} from '../guardrails/output-guardrail.js';
import type { RunState } from '../state/run-state.js';
import type { ResolvedRunConfig } from './run-config.js';
import { TurnScope } from './run-abort.js';
import { runGuardrails } from './run-guardrails.js';
import type { StepRunner } from './step-runner.js';
import type { MaybePromise } from './is-promise.js';

/**
 * Checks a final output with the runner's and the final agent's output guardrails, all at once. A trip ends the run
 * with `OutputGuardrailTripwireTriggered` before the output is exposed; the other guardrails are aborted. Without
 * any output guardrail, the empty result comes back at once (no promise).
 * @internal
 */
export function runOutputGuardrails(
  options: OutputGuardrailsOptions,
): MaybePromise<OutputGuardrailResult[]> {
  const agent = options.state.currentAgent;
  const guardrails: OutputGuardrail<any>[] = [
    ...(options.config.outputGuardrails ?? []),
    ...agent.outputGuardrails,
  ];
  if (guardrails.length === 0) return [];
  return checkOutput(options, guardrails);
}

interface OutputGuardrailsOptions {
  state: RunState<any, any>;
  config: ResolvedRunConfig;
  output: unknown;
  signal: AbortSignal;
  /** The output is the text streamed so far, checked at a checkpoint (see `outputGuardrailStreaming`). */
  partial?: boolean;
  /** Runs the check of a final output as a step of the run (checkpoints are not steps: see `runGuardrails`). */
  runStep?: StepRunner;
}

async function checkOutput(
  options: OutputGuardrailsOptions,
  guardrails: OutputGuardrail<any>[],
): Promise<OutputGuardrailResult[]> {
  const { state, output } = options;
  const agent = state.currentAgent;
  const scope = new TurnScope(options.signal);
  // A checkpoint comes before its response exists; the last response of the run would be another turn's.
  const response = options.partial ? undefined : state.modelResponses.at(-1);
  const details = options.partial
    ? { partial: true }
    : { modelResponse: response, output: response?.output };
  try {
    return await runGuardrails({
      kind: 'Output',
      state,
      signal: scope.signal,
      onFailure: (error) => scope.abort(error),
      step:
        options.runStep && !options.partial
          ? {
              runStep: options.runStep,
              key: `turn-${state.currentTurn}/output-guardrail`,
            }
          : undefined,
      calls: guardrails.map((guardrail) => ({
        name: guardrail.name,
        check: () =>
          guardrail.execute({
            agent,
            agentOutput: output,
            context: state.context,
            details,
            signal: scope.signal,
          }),
        toResult: (verdict) => ({
          guardrail: { type: 'output', name: guardrail.name },
          agent,
          agentOutput: output,
          output: verdict,
        }),
        toTripwire: (result) =>
          new OutputGuardrailTripwireTriggered(
            `Output guardrail "${guardrail.name}" triggered${options.partial ? ' on the text streamed so far' : ''}: ${JSON.stringify(result.output.outputInfo) ?? 'no details'}`,
            result,
            state,
          ),
      })),
    });
  } finally {
    scope.dispose();
  }
}
