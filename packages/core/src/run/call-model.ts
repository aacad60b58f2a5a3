import {
  BatonError,
  ModelRequestError,
  StreamInterruptedError,
} from '../errors/errors.js';
import type { ModelResponse } from '../model/model.js';
import type { RunState } from '../state/run-state.js';
import type { EventSink } from '../streaming/event-sink.js';
import { abortError } from './abort-error.js';
import type { Turn } from './prepare-turn.js';
import type { ResolvedRunConfig } from './run-config.js';

/**
 * Makes the turn's model call — streamed when the run streams — and records the response and its usage.
 * A stream that breaks before any of its events reached the caller is retried like a failed request.
 * @internal
 */
export async function callModel(options: {
  turn: Turn;
  state: RunState<any, any>;
  config: ResolvedRunConfig;
  sink: EventSink;
  signal: AbortSignal;
}): Promise<ModelResponse> {
  const { turn, state, sink, signal } = options;
  const request = { ...turn.request, signal };
  for (let attempt = 0; ; attempt++) {
    let forwarded = false;
    try {
      let response: ModelResponse | undefined;
      if (sink.active) {
        for await (const event of turn.model.getStreamedResponse(request)) {
          forwarded = true;
          sink.emit({ type: 'raw_model_stream_event', data: event });
          if (event.type === 'response_done') response = event.response;
        }
        if (!response)
          throw new StreamInterruptedError(
            'The model stream ended without a final response.',
          );
      } else {
        response = await turn.model.getResponse(request);
      }
      state.modelResponses.push(response);
      state.context.usage.add(response.usage);
      return response;
    } catch (error) {
      if (signal.aborted) throw abortError(signal, state);
      const retryable = StreamInterruptedError.isInstance(error) && !forwarded;
      if (retryable && attempt < options.config.streamRetries) continue;
      throw withState(error, state);
    }
  }
}

function withState(error: unknown, state: RunState<any, any>): BatonError {
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
