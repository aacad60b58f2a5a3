import { InputGuardrailTripwireTriggered } from '../guardrails/guardrail-errors.js';
import type {
  InputGuardrail,
  InputGuardrailResult,
} from '../guardrails/input-guardrail.js';
import type { RunState } from '../state/run-state.js';
import type { ResolvedRunConfig } from './run-config.js';
import { runGuardrails, type GuardrailCall } from './run-guardrails.js';
import type { StepRunner } from './step-runner.js';
import type { MaybePromise } from './is-promise.js';

/** The parallel input guardrails of a turn, running beside its model call. @internal */
export interface RunningInputGuardrails {
  /** Resolves with every guardrail's result once all have passed; rejects with the first tripwire or failure. */
  passed: Promise<InputGuardrailResult[]>;
}

/**
 * Starts the input guardrails on a run's first turn: the runner's, then the starting agent's. Blocking ones
 * (`runInParallel: false`) run to the end first, so a trip means the model is never called. Parallel ones are
 * started and returned: the loop calls the model meanwhile, and a trip aborts the turn (the model request with it)
 * through `abortTurn`, without waiting for the model.
 * @internal
 */
export function startInputGuardrails(
  options: InputGuardrailsOptions,
): MaybePromise<RunningInputGuardrails | undefined> {
  const { state, config } = options;
  // Only the first turn has input guardrails; every later turn asks too, and needs no promise for its answer.
  if (state.currentTurn !== 1) return undefined;
  const agent = state.currentAgent;
  const guardrails: InputGuardrail<any>[] = [
    ...(config.inputGuardrails ?? []),
    ...agent.inputGuardrails,
  ];
  if (guardrails.length === 0) return undefined;
  return startGuardrails(options, guardrails);
}

interface InputGuardrailsOptions {
  state: RunState<any, any>;
  config: ResolvedRunConfig;
  signal: AbortSignal;
  abortTurn: (reason: unknown) => void;
  runStep: StepRunner;
}

// The blocking ones are awaited even when there are none: a parallel guardrail that trips at once still stops the
// turn before its model call starts, as it always has.
async function startGuardrails(
  options: InputGuardrailsOptions,
  guardrails: InputGuardrail<any>[],
): Promise<RunningInputGuardrails> {
  const { state, signal, abortTurn } = options;
  const step = { runStep: options.runStep, key: 'turn-1/input-guardrail' };
  const callOf = (guardrail: InputGuardrail<any>) =>
    toCall(guardrail, { state, signal });
  const blocking = guardrails.filter((g) => g.runInParallel === false);
  const parallel = guardrails.filter((g) => g.runInParallel !== false);
  const before = await runGuardrails({
    kind: 'Input',
    calls: blocking.map(callOf),
    state,
    signal,
    onFailure: abortTurn,
    step,
  });
  const passed = runGuardrails({
    kind: 'Input',
    calls: parallel.map(callOf),
    state,
    signal,
    onFailure: abortTurn,
    step,
  }).then((results) => [...before, ...results]);
  // Observed by the loop once the model has answered; a turn that fails first must not leave it unhandled.
  passed.catch(() => {});
  return { passed };
}

function toCall(
  guardrail: InputGuardrail<any>,
  options: { state: RunState<any, any>; signal: AbortSignal },
): GuardrailCall<InputGuardrailResult> {
  const { state, signal } = options;
  return {
    name: guardrail.name,
    check: () =>
      guardrail.execute({
        agent: state.currentAgent,
        input: state.originalInput,
        context: state.context,
        signal,
      }),
    toResult: (output) => ({
      guardrail: { type: 'input', name: guardrail.name },
      output,
    }),
    toTripwire: (result) =>
      new InputGuardrailTripwireTriggered(
        `Input guardrail "${guardrail.name}" triggered: ${JSON.stringify(result.output.outputInfo) ?? 'no details'}`,
        result,
        state,
      ),
  };
}
