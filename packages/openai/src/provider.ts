import type OpenAI from 'openai';
import { UserError, type Model, type ModelProvider } from '@baton/core';
import { OpenAIChatCompletionsModel } from './chat-completions/chat-model.js';
import type { OpenAIModelOptions } from './openai-model-options.js';
import { getDefaultModel, getDefaultModelSettings } from './default-model.js';
import {
  getDefaultOpenAIClient,
  getDefaultOpenAIKey,
  getDefaultsVersion,
  getOpenAIAPI,
} from './defaults.js';
import { OpenAIResponsesModel } from './responses/responses-model.js';

/** Options of an {@link OpenAIProvider}; without any, the module defaults and `OPENAI_API_KEY` apply. */
export interface OpenAIProviderOptions {
  /** The API key; defaults to the one given to `setDefaultOpenAIKey`, then to `OPENAI_API_KEY`. */
  apiKey?: string;
  /** The API's base URL, such as `http://localhost:11434/v1` for an OpenAI-compatible server. */
  baseURL?: string;
  /** The OpenAI organization the requests are billed to. */
  organization?: string;
  /** The OpenAI project the requests are billed to. */
  project?: string;
  /** A ready `openai` client to use as it is; the other connection options are then ignored. */
  openAIClient?: OpenAI;
  /** `true` for the Responses API, `false` for Chat Completions; defaults to what `setOpenAIAPI` chose. */
  useResponses?: boolean;
}

/**
 * Resolves model names to OpenAI models: {@link OpenAIResponsesModel} by default, or
 * {@link OpenAIChatCompletionsModel}. The `openai` package is imported on the first `getModel` call, not when
 * Baton is imported, and the client is created once per provider and shared by its models.
 *
 * @example
 * const provider = new OpenAIProvider({ baseURL: 'http://localhost:11434/v1', apiKey: 'ollama', useResponses: false });
 * const model = await provider.getModel('llama3.2');
 * @see https://platform.openai.com/docs/api-reference
 */
export class OpenAIProvider implements ModelProvider {
  #options: OpenAIProviderOptions;
  #client: Promise<OpenAI> | undefined;
  #clientDefaultsVersion = -1;
  #builtClient: OpenAI | undefined;
  // By API and by whether the name was asked for or defaulted (a default name is left out of prompt requests):
  // responses named, responses default, chat named, chat default. Keyed by the name as given, whose hash the
  // engine keeps, rather than by a key string built (and hashed again) on every turn.
  readonly #models: ReadonlyArray<Map<string, Promise<Model>>> = [
    new Map(),
    new Map(),
    new Map(),
    new Map(),
  ];
  #modelsClient: OpenAI | undefined;

  /** @param options How to reach the API; see {@link OpenAIProviderOptions}. */
  constructor(options: OpenAIProviderOptions = {}) {
    this.#options = { ...options };
  }

  /**
   * Returns the model called `name` on the configured API. Without a name, {@link getDefaultModel} picks it
   * (`OPENAI_DEFAULT_MODEL`, else `DEFAULT_OPENAI_MODEL`). The model starts from {@link getDefaultModelSettings}
   * for its name (low-latency reasoning settings for GPT-5 models), under the runner's and the agent's settings.
   * A default name is left out of requests that use a prompt template, so the template's model applies.
   */
  getModel(name?: string): Promise<Model> {
    // Once the client is built, a model asked for before comes back as the very promise it came in last time:
    // no async step of its own, which every turn of every run would pay.
    const client =
      this.#clientDefaultsVersion === getDefaultsVersion()
        ? this.#builtClient
        : undefined;
    if (client) return this.#modelOf(client, name);
    return this.#getClient().then((built) => this.#modelOf(built, name));
  }

  #modelOf(client: OpenAI, name: string | undefined): Promise<Model> {
    const modelName = name || getDefaultModel();
    const useResponses =
      this.#options.useResponses ?? getOpenAIAPI() === 'responses';
    // Models hold no state of their own: one per client, API and name is reused by every turn that asks for it.
    if (this.#modelsClient !== client) {
      for (const models of this.#models) models.clear();
      this.#modelsClient = client;
    }
    const models = this.#models[(useResponses ? 0 : 2) + (name ? 0 : 1)]!;
    const cached = models.get(modelName);
    if (cached) return cached;
    const defaults = getDefaultModelSettings(modelName);
    const options: OpenAIModelOptions = {
      ...(Object.keys(defaults).length > 0 && {
        defaultModelSettings: defaults,
      }),
      ...(!name && { promptMayChooseModel: true }),
    };
    const model = Promise.resolve<Model>(
      useResponses
        ? new OpenAIResponsesModel(client, modelName, options)
        : new OpenAIChatCompletionsModel(client, modelName, options),
    );
    models.set(modelName, model);
    return model;
  }

  #getClient(): Promise<OpenAI> {
    // A client built from the module defaults is rebuilt when they change (setDefaultOpenAIClient after a run).
    if (this.#clientDefaultsVersion !== getDefaultsVersion()) {
      this.#client = undefined;
      this.#builtClient = undefined;
      this.#clientDefaultsVersion = getDefaultsVersion();
    }
    this.#client ??= this.#createClient().then(
      (client) => {
        // Kept only while it is still the current one: the defaults may have changed while it was being made.
        if (this.#client === creating) this.#builtClient = client;
        return client;
      },
      (error: unknown) => {
        // A failed creation (no key yet, say) is not cached, so a later call can succeed once it is fixed.
        this.#client = undefined;
        throw error;
      },
    );
    const creating = this.#client;
    return this.#client;
  }

  async #createClient(): Promise<OpenAI> {
    const { openAIClient, apiKey, baseURL, organization, project } =
      this.#options;
    if (openAIClient) return openAIClient;
    const explicit =
      apiKey !== undefined ||
      baseURL !== undefined ||
      organization !== undefined ||
      project !== undefined;
    const defaultClient = getDefaultOpenAIClient();
    if (!explicit && defaultClient) return defaultClient;
    const key = apiKey ?? getDefaultOpenAIKey() ?? readEnvironmentKey();
    if (!key) {
      throw new UserError(
        'No OpenAI API key: pass `apiKey` to OpenAIProvider, call setDefaultOpenAIKey(), or set OPENAI_API_KEY ' +
          '(OpenAI-compatible servers that need no key accept any placeholder).',
      );
    }
    const module = await import('openai');
    const OpenAIClient = module.OpenAI ?? module.default;
    return new OpenAIClient({
      apiKey: key,
      ...(baseURL !== undefined && { baseURL }),
      ...(organization !== undefined && { organization }),
      ...(project !== undefined && { project }),
    });
  }
}

function readEnvironmentKey(): string | undefined {
  const environment = (
    globalThis as { process?: { env?: Record<string, string | undefined> } }
  ).process?.env;
  return environment?.OPENAI_API_KEY || undefined;
}
