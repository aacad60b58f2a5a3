import { BatonError } from '../errors/errors.js';
import type { RunState } from '../state/run-state.js';
import type { InputGuardrailResult } from './input-guardrail.js';
import type { OutputGuardrailResult } from './output-guardrail.js';
import type { ToolGuardrailResult } from './tool-guardrail.js';

/** An input guardrail's tripwire fired: the run stopped, and the model call in flight was aborted. */
export class InputGuardrailTripwireTriggered extends BatonError {
  /** What the guardrail said. */
  readonly result: InputGuardrailResult;
  constructor(
    message: string,
    result: InputGuardrailResult,
    state?: RunState<any, any>,
  ) {
    super(message, state);
    this.result = result;
  }
}

/** An output guardrail's tripwire fired: the run stopped and its final output is not exposed. */
export class OutputGuardrailTripwireTriggered extends BatonError {
  /** What the guardrail said, with the output it checked. */
  readonly result: OutputGuardrailResult;
  constructor(
    message: string,
    result: OutputGuardrailResult,
    state?: RunState<any, any>,
  ) {
    super(message, state);
    this.result = result;
  }
}

/** A guardrail threw instead of answering; the run stopped (its model call too). `error` is what it threw. */
export class GuardrailExecutionError extends BatonError {
  /** What the guardrail threw (also `cause`). */
  readonly error: unknown;
  constructor(message: string, error: unknown, state?: RunState<any, any>) {
    super(message, { cause: error, state });
    this.error = error;
  }
}

/** A tool input guardrail ended the run (`throwException`); the tool did not run. */
export class ToolInputGuardrailTripwireTriggered extends BatonError {
  /** What the guardrail said. */
  readonly result: ToolGuardrailResult;
  constructor(
    message: string,
    result: ToolGuardrailResult,
    state?: RunState<any, any>,
  ) {
    super(message, state);
    this.result = result;
  }
}

/** A tool output guardrail ended the run (`throwException`); the model never saw the tool's result. */
export class ToolOutputGuardrailTripwireTriggered extends BatonError {
  /** What the guardrail said. */
  readonly result: ToolGuardrailResult;
  constructor(
    message: string,
    result: ToolGuardrailResult,
    state?: RunState<any, any>,
  ) {
    super(message, state);
    this.result = result;
  }
}
