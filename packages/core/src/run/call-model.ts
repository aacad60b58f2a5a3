import {
  BatonError,
  ModelRequestError,
  StreamInterruptedError,
} from '../errors/errors.js';
import type { ModelResponse } from '../model/model.js';
import type { RunState } from '../state/run-state.js';
import type { EventSink } from '../streaming/event-sink.js';
import type { Turn } from './prepare-turn.js';
import type { ResolvedRunConfig } from './run-config.js';
import { abortError } from './run-abort.js';
import type { StepRunner } from './step-runner.js';
import { traceModelCall } from '../tracing/trace-run.js';

/**
 * Makes the turn's model call — streamed when the run streams — as one step of the step runner. A stream that
 * breaks before any of its events reached the caller is retried like a failed request. Recording the response is
 * left to the loop.
 * @internal
 */
export async function callModel(
  options: ModelCallOptions,
): Promise<ModelResponse> {
  const { state } = options;
  return options.runStep(`turn-${state.currentTurn}/model`, () =>
    traceModelCall(options.turn, options.config, () =>
      requestWithRetries(options),
    ),
  );
}

interface ModelCallOptions {
  turn: Turn;
  state: RunState<any, any>;
  config: ResolvedRunConfig;
  sink: EventSink;
  signal: AbortSignal;
  runStep: StepRunner;
}

async function requestWithRetries(
  options: ModelCallOptions,
): Promise<ModelResponse> {
  const { state, signal } = options;
  for (let attempt = 0; ; attempt++) {
    const attemptState = { forwarded: false };
    try {
      return await requestOnce(options, attemptState);
    } catch (error) {
      if (signal.aborted) throw abortError(signal, state);
      const retryable =
        StreamInterruptedError.isInstance(error) && !attemptState.forwarded;
      if (retryable && attempt < options.config.streamRetries) continue;
      throw withModelError(error, state);
    }
  }
}

async function requestOnce(
  options: { turn: Turn; sink: EventSink; signal: AbortSignal },
  attempt: { forwarded: boolean },
): Promise<ModelResponse> {
  const { turn, sink, signal } = options;
  const request = { ...turn.request, signal };
  if (!sink.active) return turn.model.getResponse(request);
  let response: ModelResponse | undefined;
  for await (const event of turn.model.getStreamedResponse(request)) {
    // A model that ignores the signal must not keep the run reading: leaving the loop closes its stream.
    if (signal.aborted) break;
    attempt.forwarded = true;
    sink.emit({ type: 'raw_model_stream_event', data: event });
    if (event.type === 'response_done') response = event.response;
  }
  if (!response)
    throw new StreamInterruptedError(
      'The model stream ended without a final response.',
    );
  return response;
}

function withModelError(error: unknown, state: RunState<any, any>): BatonError {
  if (BatonError.isInstance(error)) {
    error.state ??= state;
    return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ModelRequestError(`The model call failed: ${message}`, {
    cause: error,
    state,
  });
}
