import type { RecordedModelCall } from './scripted-steps.js';

/** The run called the model more often than the script has steps for. */
export class UnexpectedModelCallError extends Error {
  /** The zero-based position of the call in `ScriptedModel.calls`. */
  readonly callIndex: number;
  /** Whether the call was a streaming one. */
  readonly streamed: boolean;
  constructor(call: RecordedModelCall) {
    super(
      `ScriptedModel received unexpected ${call.streamed ? 'streaming' : 'non-streaming'} call #${call.index + 1}; ` +
        'no scripted steps remain. Add steps, or check why the run called the model again.',
    );
    this.name = 'UnexpectedModelCallError';
    this.callIndex = call.index;
    this.streamed = call.streamed;
  }
}

/** `assertComplete()` found steps the run never used. */
export class UnconsumedModelStepsError extends Error {
  /** How many steps were left. */
  readonly remainingSteps: number;
  constructor(remainingSteps: number) {
    super(
      `ScriptedModel has ${remainingSteps} unconsumed scripted step${remainingSteps === 1 ? '' : 's'}. ` +
        'Remove them, or check why the run stopped early.',
    );
    this.name = 'UnconsumedModelStepsError';
    this.remainingSteps = remainingSteps;
  }
}

/** Why a scripted step was rejected. */
export type InvalidScriptedModelStepReason =
  | 'invalid_input'
  | 'unknown_step_type'
  | 'missing_response'
  | 'invalid_response'
  | 'missing_error'
  | 'missing_responder'
  | 'invalid_stream'
  | 'incompatible_call';

/** A scripted step is malformed, or does not fit the call (a raw stream for a non-streaming call). */
export class InvalidScriptedModelStepError extends Error {
  /** Why the step was rejected. */
  readonly reason: InvalidScriptedModelStepReason;
  /** The zero-based position of the rejected constructor or `enqueue()` input. */
  readonly inputIndex?: number;
  /** The zero-based position of the call the step was used for. */
  readonly callIndex?: number;
  /** The step's `type`, when it had one. */
  readonly stepType?: string;
  constructor(options: {
    reason: InvalidScriptedModelStepReason;
    message: string;
    inputIndex?: number;
    callIndex?: number;
    stepType?: string;
  }) {
    super(options.message);
    this.name = 'InvalidScriptedModelStepError';
    this.reason = options.reason;
    if (options.inputIndex !== undefined) this.inputIndex = options.inputIndex;
    if (options.callIndex !== undefined) this.callIndex = options.callIndex;
    if (options.stepType !== undefined) this.stepType = options.stepType;
  }
}

/** The call's `signal` was aborted while the scripted model was answering it. Its `name` is `AbortError`. */
export class ScriptedModelRequestAbortedError extends Error {
  /** The zero-based position of the aborted call. */
  readonly callIndex?: number;
  constructor(callIndex?: number) {
    super('Scripted model request was aborted.');
    this.name = 'AbortError';
    if (callIndex !== undefined) this.callIndex = callIndex;
  }
}
