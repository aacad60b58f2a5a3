import {
  toInputItems,
  type AgentOutputItem,
  type Model,
  type ModelRequest,
  type ModelResponse,
  type ModelRetryAdvice,
  type ModelRetryAdviceRequest,
  type ModelStreamEvent,
} from '@baton/core';
import {
  ScriptedModel as BatonScriptedModel,
  type ScriptedEntry,
} from '@baton/testing';
import {
  InvalidScriptedModelStepError,
  ScriptedModelRequestAbortedError,
  UnconsumedModelStepsError,
  UnexpectedModelCallError,
} from './scripted-model-errors.js';
import {
  isIterable,
  isResponse,
  toScriptedStep,
  type RecordedModelCall,
  type ScriptedModelInput,
  type ScriptedModelResponse,
  type ScriptedModelStep,
  type ScriptedModelStream,
  scriptedRetryAdvice,
} from './scripted-steps.js';
import { toModelStreamEvent } from './to-model-stream-event.js';

/**
 * The Agents SDK's `ScriptedModel`: a deterministic `Model` that consumes one scripted step per call, streamed or
 * not, and records every call. Responses, responders and errors are answered by `@baton/testing`'s
 * `ScriptedModel`; raw stream steps are yielded as they are (SDK-shaped events are converted).
 *
 * @example
 * const model = new ScriptedModel([
 *   [functionCall('get_weather', { city: 'Oslo' }, { callId: 'call_1' })],
 *   [assistantMessage('Sunny in Oslo.')],
 * ]);
 * await run(new Agent({ name: 'A', model, tools: [getWeather] }), 'Weather in Oslo?');
 * model.assertComplete();
 */
export class ScriptedModel implements Model {
  #steps: ScriptedModelStep[];
  readonly #calls: RecordedModelCall[] = [];
  readonly #inner = new BatonScriptedModel();

  /** @param inputs the steps, one per model call, in order. */
  constructor(inputs: Iterable<ScriptedModelInput> = []) {
    this.#steps = Array.from(inputs, toScriptedStep);
  }

  /** Every call recorded so far, in order. */
  get calls(): readonly RecordedModelCall[] {
    return Object.freeze([...this.#calls]);
  }

  /** The first recorded call, if there was one. */
  get firstCall(): RecordedModelCall | undefined {
    return this.#calls[0];
  }

  /** The latest recorded call, if there was one. */
  get lastCall(): RecordedModelCall | undefined {
    return this.#calls.at(-1);
  }

  /** How many steps have not been used yet. */
  get remainingSteps(): number {
    return this.#steps.length;
  }

  /** Adds steps to the end of the script. */
  enqueue(...inputs: ScriptedModelInput[]): void {
    this.#steps.push(...inputs.map(toScriptedStep));
  }

  /** Throws an `UnconsumedModelStepsError` when steps are left over. */
  assertComplete(): void {
    if (this.#steps.length > 0)
      throw new UnconsumedModelStepsError(this.#steps.length);
  }

  /** Answers with the next step; a raw stream step is an `InvalidScriptedModelStepError` here. */
  async getResponse(request: ModelRequest): Promise<ModelResponse> {
    throwIfAborted(request.signal);
    const { call, step } = this.#take(request, false);
    if (step.type === 'stream' || step.type === 'stream_responder') {
      throw new InvalidScriptedModelStepError({
        reason: 'incompatible_call',
        callIndex: call.index,
        stepType: step.type,
        message: `ScriptedModel cannot use a raw stream step for non-streaming call #${call.index + 1}.`,
      });
    }
    this.#inner.enqueue(toEntry(step, call));
    try {
      return await this.#inner.getResponse(request);
    } catch (error) {
      throwIfAborted(request.signal, call.index);
      throw error;
    }
  }

  /** The retry advice `modelError(error, advice)` scripted for this failure, as the Agents SDK's ScriptedModel gives it. */
  getRetryAdvice({
    error,
  }: ModelRetryAdviceRequest): ModelRetryAdvice | undefined {
    return scriptedRetryAdvice(error);
  }

  /** Streams the next step: a raw stream as scripted, anything else as started, text deltas and done. */
  getStreamedResponse(request: ModelRequest): AsyncIterable<ModelStreamEvent> {
    throwIfAborted(request.signal);
    const { call, step } = this.#take(request, true);
    if (step.type !== 'stream' && step.type !== 'stream_responder') {
      this.#inner.enqueue(toEntry(step, call));
      return abortable(this.#inner.getStreamedResponse(request), call);
    }
    return streamStep(step, call);
  }

  #take(request: ModelRequest, streamed: boolean) {
    const call: RecordedModelCall = Object.freeze({
      index: this.#calls.length,
      streamed,
      request: Object.freeze({
        ...request,
        input: [...request.input],
        tools: [...request.tools],
        modelSettings: { ...request.modelSettings },
      }),
    });
    this.#calls.push(call);
    const step = this.#steps.shift();
    if (!step) throw new UnexpectedModelCallError(call);
    return { call, step };
  }
}

/** A step as an entry of `@baton/testing`'s ScriptedModel. */
function toEntry(
  step: Exclude<ScriptedModelStep, { type: 'stream' | 'stream_responder' }>,
  call: RecordedModelCall,
): ScriptedEntry {
  switch (step.type) {
    case 'response':
      return toResponse(step.response, call);
    case 'responder':
      return async () => toResponse(await step.respond(call), call);
    case 'error':
      return step.error instanceof Error
        ? step.error
        : () => Promise.reject(step.error);
  }
}

/** A scripted response as Baton's `ModelResponse`: SDK-shaped output converted, a bare list given zero usage. */
function toResponse(
  response: ScriptedModelResponse,
  call: RecordedModelCall,
): ModelResponse {
  if (!isResponse(response)) {
    throw new InvalidScriptedModelStepError({
      reason: 'invalid_response',
      callIndex: call.index,
      message: `ScriptedModel responder returned an invalid response for call #${call.index + 1}.`,
    });
  }
  const responseId = `scripted-response-${call.index + 1}`;
  if (Array.isArray(response)) {
    return {
      output: toInputItems(response) as AgentOutputItem[],
      usage: { requests: 1, inputTokens: 0, outputTokens: 0, totalTokens: 0 },
      responseId,
    };
  }
  return {
    ...response,
    output: toInputItems(response.output) as AgentOutputItem[],
    usage: response.usage ?? {
      inputTokens: 0,
      outputTokens: 0,
      totalTokens: 0,
    },
    responseId: response.responseId ?? responseId,
  };
}

async function* streamStep(
  step: Extract<ScriptedModelStep, { type: 'stream' | 'stream_responder' }>,
  call: RecordedModelCall,
): AsyncGenerator<ModelStreamEvent> {
  const signal = call.request.signal;
  throwIfAborted(signal, call.index);
  const events: ScriptedModelStream =
    step.type === 'stream' ? step.events : await step.respond(call);
  throwIfAborted(signal, call.index);
  if (!isIterable(events)) {
    throw new InvalidScriptedModelStepError({
      reason: 'invalid_stream',
      callIndex: call.index,
      stepType: step.type,
      message: `ScriptedModel stream responder returned an invalid stream for call #${call.index + 1}.`,
    });
  }
  for await (const event of events) {
    throwIfAborted(signal, call.index);
    yield toModelStreamEvent(event);
  }
  throwIfAborted(signal, call.index);
}

/** Re-throws a failure of an aborted call as the SDK's `ScriptedModelRequestAbortedError`. */
async function* abortable(
  events: AsyncIterable<ModelStreamEvent>,
  call: RecordedModelCall,
): AsyncGenerator<ModelStreamEvent> {
  try {
    yield* events;
  } catch (error) {
    throwIfAborted(call.request.signal, call.index);
    throw error;
  }
}

function throwIfAborted(signal: AbortSignal | undefined, callIndex?: number) {
  if (signal?.aborted) throw new ScriptedModelRequestAbortedError(callIndex);
}
