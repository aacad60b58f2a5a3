import type {
  ModelRequest,
  ModelSettings,
  OutputFormat,
  ToolDefinition,
} from '@baton/core';
import { compact } from '../compact.js';
import { toResponsesPrompt } from './to-responses-prompt.js';
import { withImageDetail } from './with-image-detail.js';

/** @internal A `POST /responses` body, as built by {@link toResponsesRequest}. */
export type ResponsesRequestBody = Record<string, unknown> & {
  model?: string;
  input: unknown[];
};

/**
 * @internal Builds the body of a `POST /responses` call from a Baton request. Items go out exactly as they are
 * (unknown types and fields included), undefined settings are left out so the API's defaults apply, and the
 * settings' `providerData` is spread last so it can set or override any field. Without a `model`, the prompt
 * template's model applies.
 */
export function toResponsesRequest(
  request: ModelRequest,
  model: string | undefined,
): ResponsesRequestBody {
  const settings = request.modelSettings;
  const hasTools = request.tools.length > 0;
  // Fields are set one by one, in the API's order, and only when defined: every request comes through here, and a
  // literal of every field copied again without the undefined ones made two objects of it.
  const body = {} as ResponsesRequestBody;
  if (model !== undefined) body.model = model;
  // Blank instructions are left out: with a prompt template, they would replace the template's own.
  if (request.systemInstructions?.trim())
    body.instructions = request.systemInstructions;
  const prompt = request.prompt && toResponsesPrompt(request.prompt);
  if (prompt !== undefined) body.prompt = prompt;
  body.input = withImageDetail(request.input);
  if (hasTools) body.tools = request.tools.map(toResponsesTool);
  const toolChoice = toResponsesToolChoice(settings.toolChoice, request.tools);
  if (toolChoice !== undefined) body.tool_choice = toolChoice;
  if (hasTools && settings.parallelToolCalls !== undefined)
    body.parallel_tool_calls = settings.parallelToolCalls;
  const text = toTextOptions(request.outputFormat, settings);
  if (text !== undefined) body.text = text;
  const reasoning =
    settings.reasoning && nonEmpty(compact({ ...settings.reasoning }));
  if (reasoning !== undefined) body.reasoning = reasoning;
  if (settings.temperature !== undefined)
    body.temperature = settings.temperature;
  if (settings.topP !== undefined) body.top_p = settings.topP;
  if (settings.maxTokens !== undefined)
    body.max_output_tokens = settings.maxTokens;
  if (settings.store !== undefined) body.store = settings.store;
  if (settings.truncation !== undefined) body.truncation = settings.truncation;
  if (settings.promptCacheKey !== undefined)
    body.prompt_cache_key = settings.promptCacheKey;
  const include = toInclude(settings.include, request.tools);
  if (include !== undefined) body.include = include;
  if (settings.metadata !== undefined) body.metadata = settings.metadata;
  if (request.previousResponseId !== undefined)
    body.previous_response_id = request.previousResponseId;
  if (request.conversationId !== undefined)
    body.conversation = request.conversationId;
  // The body is a fresh object: copied again only when `providerData` has fields to lay over it.
  return settings.providerData ? { ...body, ...settings.providerData } : body;
}

/** @internal A tool as the Responses API takes it: function tools spelled out, hosted tools as their `providerData`. */
export function toResponsesTool(tool: ToolDefinition): Record<string, unknown> {
  if (tool.type === 'hosted_tool') return { ...tool.providerData };
  return {
    type: 'function',
    name: tool.name,
    description: tool.description,
    parameters: tool.parameters,
    strict: tool.strict,
  };
}

/**
 * @internal The `include` field: the settings' own entries, then those the request's hosted tools need (a file search
 * that returns its results...), each once; left out when empty.
 */
export function toInclude(
  include: readonly string[] | undefined,
  tools: ToolDefinition[],
): string[] | undefined {
  // The usual request names no includes and no hosted tool: no set to build.
  if (!include && !tools.some((tool) => tool.type === 'hosted_tool'))
    return undefined;
  const merged = new Set(include);
  for (const tool of tools) {
    if (tool.type === 'hosted_tool')
      tool.include?.forEach((entry) => merged.add(entry));
  }
  return merged.size > 0 || include ? [...merged] : undefined;
}

/**
 * @internal The `tool_choice` field: a mode as it is, a function tool's name as `{ type: 'function', name }`, a hosted
 * tool's type (or its name among the request's hosted tools) as `{ type }` (a web search as an allowed-tools list of
 * one), anything else as a function name.
 */
export function toResponsesToolChoice(
  choice: ModelSettings['toolChoice'],
  tools: ToolDefinition[],
): string | Record<string, unknown> | undefined {
  if (choice === undefined) return undefined;
  if (choice === 'auto' || choice === 'required' || choice === 'none')
    return choice;
  if (tools.some((tool) => tool.type === 'function' && tool.name === choice)) {
    return { type: 'function', name: choice };
  }
  for (const tool of tools) {
    if (tool.type !== 'hosted_tool') continue;
    const hostedType = tool.providerData.type;
    if (
      typeof hostedType === 'string' &&
      (hostedType === choice || tool.name === choice)
    ) {
      return hostedToolChoice(hostedType);
    }
  }
  if (HOSTED_TOOL_TYPES.has(choice)) return hostedToolChoice(choice);
  return { type: 'function', name: choice };
}

// `tool_choice: { type }` does not take the current web search types (only the preview ones); the API forces them
// through an allowed-tools list of one instead.
function hostedToolChoice(type: string): Record<string, unknown> {
  return type === 'web_search' || type === 'web_search_2025_08_26'
    ? { type: 'allowed_tools', mode: 'required', tools: [{ type }] }
    : { type };
}

// Hosted tool types the API accepts as a `tool_choice` even when the tool is not in this request's list.
const HOSTED_TOOL_TYPES = new Set([
  'file_search',
  'web_search',
  'web_search_2025_08_26',
  'web_search_preview',
  'web_search_preview_2025_03_11',
  'computer',
  'computer_use',
  'computer_use_preview',
  'code_interpreter',
  'image_generation',
]);

function toTextOptions(
  format: OutputFormat,
  settings: ModelSettings,
): Record<string, unknown> | undefined {
  const verbosity = settings.text?.verbosity;
  if (format.type !== 'json_schema' && verbosity === undefined)
    return undefined;
  const jsonFormat =
    format.type === 'json_schema'
      ? {
          type: 'json_schema',
          name: format.name,
          schema: format.schema,
          strict: format.strict,
        }
      : undefined;
  return nonEmpty(compact({ format: jsonFormat, verbosity }));
}

function nonEmpty<T extends Record<string, unknown>>(value: T): T | undefined {
  for (const key in value) if (Object.hasOwn(value, key)) return value;
  return undefined;
}
