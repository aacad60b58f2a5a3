import {
  type ModelRetryAdvice,
  type ModelRequest,
  type ModelResponse,
  type ModelStreamEvent,
} from '@baton/core';
import { InvalidScriptedModelStepError } from './scripted-model-errors.js';

/** A complete response, or just its output items (usage is then zero and the response id deterministic). */
export type ScriptedModelResponse = ModelResponse | ModelResponse['output'];

/** One model call as `ScriptedModel` recorded it. */
export type RecordedModelCall = Readonly<{
  /** The zero-based position of this call in `calls`. */
  index: number;
  /** Whether the run asked for a streamed response. */
  streamed: boolean;
  /** The request, with its input list and settings copied so later turns cannot change the record. */
  request: Readonly<ModelRequest>;
}>;

/** Stream events as a scripted stream gives them: Baton's `ModelStreamEvent`s or the Agents SDK's shapes. */
export type ScriptedModelStream =
  | Iterable<ModelStreamEvent | Record<string, unknown>>
  | AsyncIterable<ModelStreamEvent | Record<string, unknown>>;

type ResponseStep = { type: 'response'; response: ScriptedModelResponse };
type ErrorStep = { type: 'error'; error: unknown };
type ResponderStep = {
  type: 'responder';
  respond: (
    call: RecordedModelCall,
  ) => ScriptedModelResponse | Promise<ScriptedModelResponse>;
};
type StreamStep = { type: 'stream'; events: ScriptedModelStream };
type StreamResponderStep = {
  type: 'stream_responder';
  respond: (
    call: RecordedModelCall,
  ) => ScriptedModelStream | Promise<ScriptedModelStream>;
};

/** @internal One step of the script, after validation. */
export type ScriptedModelStep =
  ResponseStep | ErrorStep | ResponderStep | StreamStep | StreamResponderStep;

/** What `ScriptedModel` takes: a step, or a response (or its output items) standing for a response step. */
export type ScriptedModelInput = ScriptedModelStep | ScriptedModelResponse;

/** A step answering with this response. */
export function modelResponse(response: ScriptedModelResponse): ResponseStep {
  return { type: 'response', response };
}

const adviceByError = new WeakMap<object, ModelRetryAdvice>();

/**
 * A step failing with `error`. `retryAdvice`, as in the Agents SDK, is what the model's `getRetryAdvice` answers
 * for this failure (what `retryPolicies.providerSuggested()` follows); it needs `error` to be an object.
 */
export function modelError(
  error: unknown,
  retryAdvice?: ModelRetryAdvice,
): ErrorStep {
  if (retryAdvice !== undefined) {
    if (typeof error !== 'object' || error === null)
      throw new InvalidScriptedModelStepError({
        reason: 'missing_error',
        message:
          'modelError(error, retryAdvice): retry advice needs the error to be an object (an Error, say).',
      });
    adviceByError.set(error, retryAdvice);
  }
  return { type: 'error', error };
}

/** @internal The advice `modelError` was given for this error. */
export function scriptedRetryAdvice(
  error: unknown,
): ModelRetryAdvice | undefined {
  return typeof error === 'object' && error !== null
    ? adviceByError.get(error)
    : undefined;
}

/** A step whose response is computed from the recorded call. */
export function modelResponder(
  respond: ResponderStep['respond'],
): ResponderStep {
  return { type: 'responder', respond };
}

/** A step streaming exactly these events (streaming calls only). */
export function modelStream(events: ScriptedModelStream): StreamStep {
  return { type: 'stream', events };
}

/** A step streaming events computed from the recorded call (streaming calls only). */
export function modelStreamResponder(
  respond: StreamResponderStep['respond'],
): StreamResponderStep {
  return { type: 'stream_responder', respond };
}

/** @internal Validates one constructor or `enqueue()` input, as the Agents SDK does. */
export function toScriptedStep(
  input: ScriptedModelInput,
  inputIndex: number,
): ScriptedModelStep {
  if (Array.isArray(input)) return { type: 'response', response: input };
  if (typeof input !== 'object' || input === null)
    throw invalidStep('invalid_input', inputIndex);
  if (!('type' in input)) {
    if ('output' in input && Array.isArray(input.output))
      return { type: 'response', response: input };
    throw invalidStep('invalid_input', inputIndex);
  }
  const step = input as ScriptedModelStep;
  const stepType = typeof step.type === 'string' ? step.type : undefined;
  switch (step.type) {
    case 'response':
      if (!isResponse(step.response))
        throw invalidStep('missing_response', inputIndex, stepType);
      return step;
    case 'error':
      if (!('error' in step))
        throw invalidStep('missing_error', inputIndex, stepType);
      return step;
    case 'responder':
    case 'stream_responder':
      if (typeof step.respond !== 'function')
        throw invalidStep('missing_responder', inputIndex, stepType);
      return step;
    case 'stream':
      if (!isIterable(step.events))
        throw invalidStep('invalid_stream', inputIndex, stepType);
      return step;
    default:
      throw invalidStep('unknown_step_type', inputIndex, stepType);
  }
}

/** @internal Whether a value is a response or a list of output items. */
export function isResponse(value: unknown): value is ScriptedModelResponse {
  return (
    Array.isArray(value) ||
    (typeof value === 'object' &&
      value !== null &&
      Array.isArray((value as { output?: unknown }).output))
  );
}

/** @internal Whether a value can be iterated, synchronously or not. */
export function isIterable(value: unknown): value is ScriptedModelStream {
  return (
    typeof value === 'object' &&
    value !== null &&
    (Symbol.iterator in value || Symbol.asyncIterator in value)
  );
}

function invalidStep(
  reason: InvalidScriptedModelStepError['reason'],
  inputIndex: number,
  stepType?: string,
): InvalidScriptedModelStepError {
  const detail =
    reason === 'unknown_step_type' && stepType
      ? ` has unknown type "${stepType}"`
      : ` is invalid (${reason.replace(/_/g, ' ')})`;
  return new InvalidScriptedModelStepError({
    reason,
    inputIndex,
    stepType,
    message: `ScriptedModel input #${inputIndex + 1}${detail}.`,
  });
}
