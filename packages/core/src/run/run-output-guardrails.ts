import { OutputGuardrailTripwireTriggered } from '../guardrails/guardrail-errors.js';
import type {
  OutputGuardrail,
  OutputGuardrailResult,
} from '../guardrails/output-guardrail.js';
import type { RunState } from '../state/run-state.js';
import type { ResolvedRunConfig } from './run-config.js';
import { TurnScope } from './run-abort.js';
import { runGuardrails } from './run-guardrails.js';

/**
 * Checks a final output with the runner's and the final agent's output guardrails, all at once. A trip ends the run
 * with `OutputGuardrailTripwireTriggered` before the output is exposed; the other guardrails are aborted.
 * @internal
 */
export async function runOutputGuardrails(options: {
  state: RunState<any, any>;
  config: ResolvedRunConfig;
  output: unknown;
  signal: AbortSignal;
}): Promise<OutputGuardrailResult[]> {
  const { state, config, output } = options;
  const agent = state.currentAgent;
  const guardrails: OutputGuardrail<any>[] = [
    ...(config.outputGuardrails ?? []),
    ...agent.outputGuardrails,
  ];
  if (guardrails.length === 0) return [];
  const scope = new TurnScope(options.signal);
  const response = state.modelResponses.at(-1);
  try {
    return await runGuardrails({
      kind: 'Output',
      state,
      signal: scope.signal,
      onFailure: (error) => scope.abort(error),
      calls: guardrails.map((guardrail) => ({
        name: guardrail.name,
        check: () =>
          guardrail.execute({
            agent,
            agentOutput: output,
            context: state.context,
            details: { modelResponse: response, output: response?.output },
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
            `Output guardrail "${guardrail.name}" triggered: ${JSON.stringify(result.output.outputInfo) ?? 'no details'}`,
            result,
            state,
          ),
      })),
    });
  } finally {
    scope.dispose();
  }
}
