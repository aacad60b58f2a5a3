import {
  UserError,
  type ModelRequest,
  type ModelSettings,
  type ToolDefinition,
} from '@baton/core';
import { compact } from '../compact.js';
import { itemsToMessages } from './items-to-messages.js';

/** @internal A `POST /chat/completions` body, as built by {@link toChatRequest}. */
export type ChatRequestBody = Record<string, unknown> & {
  model: string;
  messages: unknown[];
};

/**
 * @internal Builds the body of a `POST /chat/completions` call. `maxTokens` is sent as `max_tokens`, which
 * OpenAI-compatible servers (Ollama, vLLM, LM Studio) all read; reasoning models on OpenAI want
 * `max_completion_tokens`, which `providerData` can send instead. Settings only the Responses API knows
 * (`truncation`, `include`, a reasoning summary) are not sent; `providerData` is spread last.
 */
export function toChatRequest(
  request: ModelRequest,
  model: string,
): ChatRequestBody {
  if (request.previousResponseId || request.conversationId) {
    throw new UserError(
      `\`${request.previousResponseId ? 'previousResponseId' : 'conversationId'}\` needs the Responses API; ` +
        'Chat Completions keeps no server-side state. Send the history yourself, or keep it in a session.',
    );
  }
  if (request.prompt) {
    throw new UserError(
      `The agent's \`prompt\` (template "${request.prompt.promptId}") needs the Responses API; Chat Completions has no ` +
        'stored prompts. Use OpenAIResponsesModel (the default), or move the template text into `instructions`.',
    );
  }
  const settings = request.modelSettings;
  const hasTools = request.tools.length > 0;
  const format = request.outputFormat;
  const body = compact({
    model,
    messages: itemsToMessages(request.input, request.systemInstructions),
    tools: hasTools ? request.tools.map(toChatTool) : undefined,
    tool_choice: toChatToolChoice(settings.toolChoice),
    parallel_tool_calls: hasTools ? settings.parallelToolCalls : undefined,
    response_format:
      format.type === 'json_schema'
        ? {
            type: 'json_schema',
            json_schema: {
              name: format.name,
              schema: format.schema,
              strict: format.strict,
            },
          }
        : undefined,
    temperature: settings.temperature,
    top_p: settings.topP,
    frequency_penalty: settings.frequencyPenalty,
    presence_penalty: settings.presencePenalty,
    max_tokens: settings.maxTokens,
    reasoning_effort: settings.reasoning?.effort ?? undefined,
    verbosity: settings.text?.verbosity ?? undefined,
    store: settings.store,
    metadata: settings.metadata,
    prompt_cache_key: settings.promptCacheKey,
  });
  return { ...body, ...settings.providerData } as ChatRequestBody;
}

/** @internal A function tool in Chat Completions form; hosted tools throw a `UserError`. */
export function toChatTool(tool: ToolDefinition): Record<string, unknown> {
  if (tool.type === 'hosted_tool') {
    const type = tool.providerData.type;
    const kind =
      typeof type === 'string' && type !== tool.name ? ` (${type})` : '';
    throw new UserError(
      `The hosted tool "${tool.name}"${kind} runs only on the Responses API, but this agent's model uses Chat Completions, which runs function tools only. Give the agent an OpenAIResponsesModel (a model name with the default OpenAI provider, or \`new OpenAIResponsesModel(client, model)\`), or remove the tool.`,
    );
  }
  return {
    type: 'function',
    function: {
      name: tool.name,
      description: tool.description,
      parameters: tool.parameters,
      strict: tool.strict,
    },
  };
}

/** @internal `tool_choice` in Chat Completions form: a mode as it is, anything else as a function's name. */
export function toChatToolChoice(
  choice: ModelSettings['toolChoice'],
): string | Record<string, unknown> | undefined {
  if (choice === undefined) return undefined;
  if (choice === 'auto' || choice === 'required' || choice === 'none')
    return choice;
  return { type: 'function', function: { name: choice } };
}
