import { BatonError } from '../errors/errors.js';
import type { RunState } from '../state/run-state.js';
import type { InputGuardrailResult } from './input-guardrail.js';
import type { OutputGuardrailResult } from './output-guardrail.js';
import type { ToolGuardrailResult } from './tool-guardrail.js';

/** A guardrail's tripwire fired and ended the run; `result` is what the guardrail said. */
export abstract class GuardrailTripwireError<TResult> extends BatonError {
  /** What the guardrail said. */
  readonly result: TResult;
  constructor(message: string, result: TResult, state?: RunState<any, any>) {
    super(message, state);
    this.result = result;
  }
}

/** An input guardrail's tripwire fired: the run stopped, and the model call in flight was aborted. */
export class InputGuardrailTripwireTriggered extends GuardrailTripwireError<InputGuardrailResult> {}

/** An output guardrail's tripwire fired: the run stopped and its final output is not exposed. */
export class OutputGuardrailTripwireTriggered extends GuardrailTripwireError<OutputGuardrailResult> {}

/** A tool input guardrail ended the run (`throwException`); the tool did not run. */
export class ToolInputGuardrailTripwireTriggered extends GuardrailTripwireError<ToolGuardrailResult> {}

/** A tool output guardrail ended the run (`throwException`); the model never saw the tool's result. */
export class ToolOutputGuardrailTripwireTriggered extends GuardrailTripwireError<ToolGuardrailResult> {}

/** A guardrail threw instead of answering; the run stopped (its model call too). `error` is what it threw. */
export class GuardrailExecutionError extends BatonError {
  /** What the guardrail threw (also `cause`). */
  readonly error: unknown;
  constructor(message: string, error: unknown, state?: RunState<any, any>) {
    super(message, { cause: error, state });
    this.error = error;
  }
}
