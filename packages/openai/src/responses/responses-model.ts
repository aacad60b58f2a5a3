import type OpenAI from 'openai';
import {
  StreamInterruptedError,
  type ModelSettings,
  type Model,
  type ModelRequest,
  type ModelResponse,
  type ModelRetryAdvice,
  type ModelRetryAdviceRequest,
  type ModelStreamEvent,
} from '@baton/core';
import { modelEventStream, type ClientStream } from '../stream-model-events.js';
import type { OpenAIModelOptions } from '../openai-model-options.js';
import { toModelError } from '../to-model-error.js';
import { requestOptions } from '../request-options.js';
import { openAIRetryAdvice } from '../openai-retry-advice.js';
import {
  createResponsesStreamState,
  fromStreamEvent,
} from './from-stream-event.js';
import { toModelResponse, type ResponseLike } from './from-response.js';
import { toResponsesRequest } from './to-request.js';
import { withDefaultSettings } from '../with-default-settings.js';

type CreateParams = Parameters<OpenAI['responses']['create']>[0];

/**
 * A {@link Model} on the OpenAI Responses API, the default way Baton talks to OpenAI. HTTP and server-sent events
 * are the `openai` client's, and so are retries (429 and 5xx, honouring `retry-after`) unless `modelSettings.retry`
 * is set: then Baton retries and each request goes out with the client's retries off. This class translates Baton
 * requests and the API's responses and errors.
 *
 * @example
 * const model = new OpenAIResponsesModel(new OpenAI(), 'gpt-4.1');
 * const response = await model.getResponse({ input, tools: [], modelSettings: {}, outputFormat: { type: 'text' } });
 * @see https://platform.openai.com/docs/api-reference/responses
 */
export class OpenAIResponsesModel implements Model {
  #client: OpenAI;
  #model: string;
  #defaultModelSettings: ModelSettings | undefined;
  #promptMayChooseModel: boolean;

  /**
   * @param client An `openai` client (v6 or v7); its `baseURL`, retries and timeout apply to every call.
   * @param model The model name sent with every request, such as `gpt-4.1`.
   * @param options See {@link OpenAIModelOptions}.
   */
  constructor(client: OpenAI, model: string, options: OpenAIModelOptions = {}) {
    this.#client = client;
    this.#model = model;
    this.#defaultModelSettings = options.defaultModelSettings;
    this.#promptMayChooseModel = options.promptMayChooseModel ?? false;
  }

  /** The model name sent with every request. */
  get name(): string {
    return this.#model;
  }

  /** The API's view of a failed request (`x-should-retry`, status, network), for `retryPolicies.providerSuggested()`. */
  getRetryAdvice(
    request: ModelRetryAdviceRequest,
  ): ModelRetryAdvice | undefined {
    return openAIRetryAdvice(request);
  }

  #body(request: ModelRequest, stream: boolean) {
    const withDefaults = withDefaultSettings(
      request,
      this.#defaultModelSettings,
    );
    const model =
      request.prompt && this.#promptMayChooseModel ? undefined : this.#model;
    // A fresh body: `stream` is set on it rather than copied into yet another object (same keys, same order).
    const body = toResponsesRequest(withDefaults, model);
    body.stream = stream;
    return body;
  }

  /** Makes one non-streaming call and resolves with its output items, usage and response id. */
  async getResponse(request: ModelRequest): Promise<ModelResponse> {
    const body = this.#body(request, false);
    let response: ResponseLike;
    try {
      response = (await this.#client.responses.create(
        body as unknown as CreateParams,
        requestOptions(request),
      )) as unknown as ResponseLike;
    } catch (error) {
      throw toModelError(error, { signal: request.signal });
    }
    return toModelResponse(response);
  }

  /**
   * Makes one streaming call. Yields every raw event as `{ type: 'model' }`, plus `response_started`,
   * `output_text_delta` and exactly one `response_done`. Leaving the loop early or aborting `request.signal`
   * closes the HTTP response. A connection that breaks after `response.completed` has arrived does not fail the
   * call: the response is complete.
   */
  getStreamedResponse(request: ModelRequest): AsyncIterable<ModelStreamEvent> {
    const body = this.#body(request, true);
    const state = createResponsesStreamState();
    return modelEventStream({
      signal: request.signal,
      open: async () =>
        (await this.#client.responses.create(
          body as unknown as CreateParams,
          requestOptions(request),
        )) as unknown as ClientStream<unknown>,
      translate: (raw) => fromStreamEvent(raw, state),
      isComplete: () => state.finished,
      finish: () => {
        if (state.finished) return undefined;
        throw new StreamInterruptedError(
          'The Responses stream ended before `response.completed`; the connection was probably closed early.',
        );
      },
    });
  }
}
