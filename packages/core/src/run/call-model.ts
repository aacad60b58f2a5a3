import {
  BatonError,
  ModelRequestError,
  StreamInterruptedError,
} from '../errors/errors.js';
import type { ModelRequest, ModelResponse } from '../model/model.js';
import type { RunState } from '../state/run-state.js';
import type { EventSink } from '../streaming/event-sink.js';
import type { Turn } from './prepare-turn.js';
import type { ResolvedRunConfig } from './run-config.js';
import { abortError } from './run-abort.js';
import type { StepRunner } from './step-runner.js';
import { traceModelCall } from '../tracing/trace-run.js';
import { decideRetry } from '../retry/decide-retry.js';
import { waitBeforeRetry } from '../retry/wait-before-retry.js';
import { checkBudget } from '../cost/check-budget.js';
import { estimateRequestTokens } from '../model/estimate-request-tokens.js';
import type { RateLimiter } from '../rate-limit/rate-limiter.js';
import { readModelStream } from '../model/read-model-stream.js';

/**
 * Makes the turn's model call — streamed when the run streams — as one step of the step runner, so retries stay
 * inside the journaled step. Before it, the run's budget is checked; each attempt waits for the model's rate
 * limiter; a failed attempt is retried as {@link decideRetry} rules. Recording the response is left to the loop.
 * @internal
 */
export function callModel(options: ModelCallOptions): Promise<ModelResponse> {
  const { state, config, turn } = options;
  // Not an async function: the promise of the step is handed on as it is, with no promise of its own around it.
  if (config.budget) {
    try {
      checkBudget({
        budget: config.budget,
        priceTable: config.priceTable,
        state,
        model: turn.model.name,
        request: turn.request,
      });
    } catch (error) {
      return Promise.reject(error);
    }
  }
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
  const { state, signal, turn, config } = options;
  const name = turn.model.name;
  const limiter = name === undefined ? undefined : config.rateLimiters?.[name];
  for (let attempt = 1; ; attempt++) {
    const attemptState = { forwarded: false };
    try {
      return await (limiter
        ? limitedRequest(options, attemptState, limiter)
        : requestOnce(options, attemptState));
    } catch (error) {
      if (signal.aborted) throw abortError(signal, state);
      const delayMs = await decideRetry({
        error,
        attempt,
        forwarded: attemptState.forwarded,
        stream: options.sink.active,
        model: turn.model,
        request: turn.request,
        signal,
        streamRetries: config.streamRetries,
      });
      if (delayMs === undefined) throw withModelError(error, state);
      try {
        await waitBeforeRetry(delayMs, signal);
      } catch {
        throw abortError(signal, state);
      }
    }
  }
}

async function limitedRequest(
  options: ModelCallOptions,
  attempt: { forwarded: boolean },
  limiter: RateLimiter,
): Promise<ModelResponse> {
  const estimate = estimateRequestTokens(options.turn.request);
  const lease = await limiter.acquire(
    estimate.input + estimate.output,
    options.signal,
  );
  try {
    const response = await requestOnce(options, attempt);
    lease.settle(
      response.usage.totalTokens ||
        response.usage.inputTokens + response.usage.outputTokens,
    );
    return response;
  } finally {
    lease.release();
  }
}

// A plain call's promise is the model's own; only a streamed call needs an async function, to read the stream.
function requestOnce(
  options: { turn: Turn; sink: EventSink; signal: AbortSignal },
  attempt: { forwarded: boolean },
): Promise<ModelResponse> {
  const { turn, sink, signal } = options;
  const request = { ...turn.request, signal };
  if (!sink.active) return turn.model.getResponse(request);
  return readStreamedResponse(options, request, attempt);
}

async function readStreamedResponse(
  options: { turn: Turn; sink: EventSink; signal: AbortSignal },
  request: ModelRequest,
  attempt: { forwarded: boolean },
): Promise<ModelResponse> {
  const { turn, sink, signal } = options;
  let response: ModelResponse | undefined;
  await readModelStream(turn.model.getStreamedResponse(request), (event) => {
    // A model that ignores the signal must not keep the run reading: stopping closes its stream.
    if (signal.aborted) return false;
    attempt.forwarded = true;
    sink.emit({ type: 'raw_model_stream_event', data: event });
    if (event.type === 'response_done') response = event.response;
    return true;
  });
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
