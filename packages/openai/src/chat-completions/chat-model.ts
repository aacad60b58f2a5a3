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
  ChatStreamAccumulator,
  type ChatChunkLike,
} from './chat-stream-accumulator.js';
import {
  messageToItems,
  type ChatAssistantOutput,
} from './messages-to-items.js';
import { toChatRequest } from './to-chat-request.js';
import { toChatUsage, type ChatUsageLike } from './to-chat-usage.js';
import { withDefaultSettings } from '../with-default-settings.js';

type CreateParams = Parameters<OpenAI['chat']['completions']['create']>[0];

interface ChatCompletionLike {
  id?: string;
  choices?: Array<{
    message?: ChatAssistantOutput | null;
    finish_reason?: string | null;
  }> | null;
  usage?: ChatUsageLike | null;
}

/**
 * A {@link Model} on the Chat Completions API, for OpenAI-compatible servers (Ollama, vLLM, LM Studio and hosted
 * ones). Function tools and handoffs work as on the Responses API; hosted tools and `previousResponseId` do not,
 * and throw a `UserError`. Items are converted to messages and back at this boundary only.
 *
 * @example
 * const client = new OpenAI({ baseURL: 'http://localhost:11434/v1', apiKey: 'ollama' });
 * const model = new OpenAIChatCompletionsModel(client, 'llama3.2');
 * @see https://platform.openai.com/docs/api-reference/chat
 */
export class OpenAIChatCompletionsModel implements Model {
  #client: OpenAI;
  #model: string;
  #defaultModelSettings: ModelSettings | undefined;

  /**
   * @param client An `openai` client (v6 or v7) pointed at the server; its retries and timeout apply to every call.
   * @param model The model name sent with every request.
   * @param options See {@link OpenAIModelOptions}.
   */
  constructor(client: OpenAI, model: string, options: OpenAIModelOptions = {}) {
    this.#client = client;
    this.#model = model;
    this.#defaultModelSettings = options.defaultModelSettings;
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

  /** Makes one non-streaming call and resolves with the first choice as items, and the usage. */
  async getResponse(request: ModelRequest): Promise<ModelResponse> {
    const body = {
      ...toChatRequest(
        withDefaultSettings(request, this.#defaultModelSettings),
        this.#model,
      ),
      stream: false,
    };
    let completion: ChatCompletionLike;
    try {
      completion = (await this.#client.chat.completions.create(
        body as unknown as CreateParams,
        requestOptions(request),
      )) as unknown as ChatCompletionLike;
    } catch (error) {
      throw toModelError(error, { signal: request.signal });
    }
    const choice = completion.choices?.[0];
    const response: ModelResponse = {
      output: choice?.message ? messageToItems(choice.message) : [],
      usage: toChatUsage(completion.usage),
    };
    if (completion.id)
      response.providerData = {
        id: completion.id,
        finish_reason: choice?.finish_reason ?? null,
      };
    return response;
  }

  /**
   * Makes one streaming call (with `stream_options.include_usage`). Yields every chunk as `{ type: 'model' }`,
   * `response_started`, `output_text_delta` for text, and one `response_done` once the stream has ended, so it
   * carries the usage sent last. Leaving the loop early or aborting `request.signal` closes the HTTP response. A
   * connection that breaks after the usage chunk (only `[DONE]` missing) does not fail the call.
   */
  getStreamedResponse(request: ModelRequest): AsyncIterable<ModelStreamEvent> {
    const body = {
      stream_options: { include_usage: true },
      ...toChatRequest(
        withDefaultSettings(request, this.#defaultModelSettings),
        this.#model,
      ),
      stream: true,
    };
    const accumulator = new ChatStreamAccumulator();
    let started = false;
    return modelEventStream<ChatChunkLike>({
      signal: request.signal,
      open: async () =>
        (await this.#client.chat.completions.create(
          body as unknown as CreateParams,
          requestOptions(request),
        )) as unknown as ClientStream<ChatChunkLike>,
      translate: (chunk) => {
        const delta = accumulator.push(chunk);
        const text: ModelStreamEvent | undefined =
          delta === undefined
            ? undefined
            : { type: 'output_text_delta', delta };
        if (started) return text;
        started = true;
        const opening: ModelStreamEvent = {
          type: 'response_started',
          ...(chunk.id && { providerData: { id: chunk.id } }),
        };
        return text ? [opening, text] : opening;
      },
      // Usage comes in the last chunk, after the finish reason: once both are in, only `[DONE]` is missing.
      isComplete: () => accumulator.finished && accumulator.hasUsage,
      finish: () => {
        if (!accumulator.finished) {
          throw new StreamInterruptedError(
            'The Chat Completions stream ended before any choice finished; the connection was probably closed early.',
          );
        }
        const response = accumulator.toResponse();
        const id = response.providerData?.id;
        return {
          type: 'response_done',
          response: typeof id === 'string' ? { ...response, id } : response,
        };
      },
    });
  }
}
