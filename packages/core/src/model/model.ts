import type { UsageData } from '../context/usage.js';
import type {
  AgentInputItem,
  AgentOutputItem,
  InputFile,
  InputImage,
  InputText,
} from '../items/items.js';
import type { ModelSettings } from './settings.js';
import type {
  ModelRetryAdvice,
  ModelRetryAdviceRequest,
} from '../retry/retry-settings.js';

/** A JSON schema for an object: what function tool parameters and structured outputs are described with. */
export interface JsonObjectSchema {
  type: 'object';
  properties: Record<string, unknown>;
  required?: string[];
  additionalProperties?: boolean | Record<string, unknown>;
  [keyword: string]: unknown;
}

/** A function tool as the model sees it (handoffs are sent as function tools too). */
export interface FunctionToolDefinition {
  type: 'function';
  name: string;
  description: string;
  parameters: JsonObjectSchema;
  strict: boolean;
}

/** A tool the provider runs itself; `providerData` is the tool as the provider's wire format wants it. */
export interface HostedToolDefinition {
  type: 'hosted_tool';
  name: string;
  providerData: Record<string, unknown>;
  /**
   * Response fields this tool's results need in the request's `include` (e.g. `file_search_call.results`); the
   * provider adds them to the settings' own `include`.
   */
  include?: readonly string[];
}

/** A tool offered to the model. */
export type ToolDefinition = FunctionToolDefinition | HostedToolDefinition;

/** What the final output must look like: free text, or JSON matching a schema. */
export type OutputFormat =
  | { type: 'text' }
  | {
      type: 'json_schema';
      name: string;
      strict: boolean;
      schema: JsonObjectSchema;
    };

/**
 * A reusable prompt stored on the OpenAI platform (Responses API only), as `@openai/agents` spells it; it is sent
 * as the request's `prompt` (`{ id, version, variables }`).
 * @see https://platform.openai.com/docs/guides/text#reusable-prompts
 */
export interface Prompt {
  /** The prompt template's id (`pmpt_...`). */
  promptId: string;
  /** The template version; the API uses the current one when left out. */
  version?: string;
  /** Values for the template's variables: text, or input content parts (Responses wire shapes). */
  variables?: Record<string, string | InputText | InputImage | InputFile>;
}

/** Everything a model needs for one call. Providers translate it into their wire format. */
export interface ModelRequest {
  /** The agent's instructions (the system prompt). */
  systemInstructions?: string;
  /** The conversation so far, as canonical items. */
  input: AgentInputItem[];
  /** Merged runner and agent settings. */
  modelSettings: ModelSettings;
  /** Function tools, handoffs (as function tools) and hosted tools. */
  tools: ToolDefinition[];
  /** Text, or a JSON schema for structured output. */
  outputFormat: OutputFormat;
  /** The agent's reusable prompt template, if it has one (Responses API only). */
  prompt?: Prompt;
  /** Continue a stored response server-side; `input` then holds only the new items. */
  previousResponseId?: string;
  /** The stored conversation the response belongs to (`conv_...`); `input` then holds only the new items. */
  conversationId?: string;
  /** Aborts the call, including an open stream. */
  signal?: AbortSignal;
}

/** What a model returns for one call. */
export interface ModelResponse {
  /** The output items, in the order the model produced them. */
  output: AgentOutputItem[];
  /** Token usage of this call. */
  usage: UsageData;
  /** The provider's id of this response (usable as `previousResponseId`). */
  responseId?: string;
  /** Provider-specific extras (the raw response, say). */
  providerData?: Record<string, unknown>;
}

/** The events a streaming model call yields, in order: started, deltas and raw events, done. */
export type ModelStreamEvent =
  | { type: 'response_started'; providerData?: Record<string, unknown> }
  | {
      type: 'output_text_delta';
      delta: string;
      providerData?: Record<string, unknown>;
    }
  | {
      type: 'response_done';
      /** The whole response; `id` is the provider's id of it, as `@openai/agents` streams it. */
      response: ModelResponse & { id?: string };
    }
  /** One raw event of the provider's stream, as it came. */
  | { type: 'model'; event: unknown };

/** A language model Baton can run an agent on. */
export interface Model {
  /** The model's name (`gpt-4.1`), when it has one: traces record it on each model call. */
  readonly name?: string;
  /** Makes one call and resolves with the whole response. */
  getResponse(request: ModelRequest): Promise<ModelResponse>;
  /**
   * Makes one streaming call. The iterable ends after exactly one `response_done` event; leaving the loop early
   * or aborting `request.signal` must close the underlying connection.
   */
  getStreamedResponse(request: ModelRequest): AsyncIterable<ModelStreamEvent>;
  /**
   * The provider's view of a failed request, for retry policies (`retryPolicies.providerSuggested()`): whether to
   * retry, how long to wait, whether a repeat is safe. Optional.
   */
  getRetryAdvice?(
    request: ModelRetryAdviceRequest,
  ): ModelRetryAdvice | undefined | Promise<ModelRetryAdvice | undefined>;
}

/** Turns a model name into a {@link Model}. */
export interface ModelProvider {
  /** Resolves a name (or the provider's default when none is given). */
  getModel(name?: string): Model | Promise<Model>;
}
