import type { BatonError } from '../errors/errors.js';
import { GuardrailExecutionError } from '../guardrails/guardrail-errors.js';
import type { GuardrailFunctionOutput } from '../guardrails/input-guardrail.js';
import type { RunState } from '../state/run-state.js';
import { traceGuardrail } from '../tracing/trace-run.js';
import type { StepRunner } from './step-runner.js';

/** One guardrail to run: its name, and a call of its function. @internal */
export interface GuardrailCall<TResult> {
  name: string;
  check: () => GuardrailFunctionOutput | Promise<GuardrailFunctionOutput>;
  /** Wraps the function's output in the guardrail's result. */
  toResult: (output: GuardrailFunctionOutput) => TResult;
  /** The error the run ends with when the tripwire fires. */
  toTripwire: (result: TResult) => BatonError;
}

/**
 * Runs guardrails at once and resolves with their results in order. The first tripwire (or failure) rejects at once,
 * without waiting for the others, and is handed to `onFailure` first so the caller can stop the work the guardrails
 * were guarding. A guardrail that throws ends the run with `GuardrailExecutionError`; once `signal` has fired, a
 * guardrail's failure is only the echo of that abort and is passed on as it is.
 *
 * With `step`, each guardrail is a step of the run (`turn-1/input-guardrail/<name>`): a durable run journals its
 * verdict, so a replay neither calls the guardrail again (its checker model, say) nor can reach another verdict.
 * @internal
 */
export function runGuardrails<TResult>(options: {
  kind: 'Input' | 'Output';
  calls: GuardrailCall<TResult>[];
  state: RunState<any, any>;
  signal: AbortSignal;
  onFailure: (error: unknown) => void;
  step?: { runStep: StepRunner; key: string };
}): Promise<TResult[]> {
  const { kind, state, signal, step } = options;
  return Promise.all(
    options.calls.map(async (call) => {
      let output: GuardrailFunctionOutput;
      // Traced inside the step, so a verdict replayed from a journal makes no second span.
      const check = () =>
        traceGuardrail(
          call.name,
          call.check,
          (verdict) => verdict.tripwireTriggered,
        );
      try {
        output = await (step
          ? step.runStep(`${step.key}/${call.name}`, check)
          : check());
      } catch (error) {
        const failure = signal.aborted
          ? error
          : new GuardrailExecutionError(
              `${kind} guardrail "${call.name}" failed to complete: ${error instanceof Error ? error.message : String(error)}`,
              error,
              state,
            );
        options.onFailure(failure);
        throw failure;
      }
      const result = call.toResult(output);
      if (output.tripwireTriggered) {
        const tripwire = call.toTripwire(result);
        options.onFailure(tripwire);
        throw tripwire;
      }
      return result;
    }),
  );
}
