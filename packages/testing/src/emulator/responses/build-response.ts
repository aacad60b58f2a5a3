import type { AgentOutputItem } from '@baton/core';
import { estimateTokens, generatedText } from '../estimate-tokens.js';
import type { EmulatorUsage } from '../emulator-reply.js';

/** What {@link buildResponse} needs. @internal */
export interface BuildResponseOptions {
  /** The `resp_...` id, shared by every event of one stream. */
  id: string;
  /** Unix seconds. */
  createdAt: number;
  /** The request body; its settings are echoed back as the live API does. */
  body: Record<string, unknown>;
  status: 'in_progress' | 'completed' | 'failed';
  output: AgentOutputItem[];
  /** The error of a failed response. */
  error?: { code: string; message: string };
  /** Token counts to report instead of the estimate. */
  usage?: EmulatorUsage;
}

/**
 * A Response object with the fields, order and defaults of the live API (see the recordings): request settings
 * echoed, `usage` null until the response completes, token counts estimated from characters.
 * @internal
 */
export function buildResponse(
  options: BuildResponseOptions,
): Record<string, unknown> {
  const { body, status } = options;
  const reasoning = (body.reasoning ?? {}) as Record<string, unknown>;
  const text = (body.text ?? {}) as Record<string, unknown>;
  return {
    id: options.id,
    object: 'response',
    created_at: options.createdAt,
    status,
    background: body.background ?? false,
    completed_at: status === 'completed' ? options.createdAt : null,
    // Echoed as `{ id }` only when the request named one.
    ...(conversationOf(body.conversation) && {
      conversation: { id: conversationOf(body.conversation) },
    }),
    error: options.error ?? null,
    incomplete_details: null,
    instructions: body.instructions ?? null,
    max_output_tokens: body.max_output_tokens ?? null,
    max_tool_calls: body.max_tool_calls ?? null,
    model: body.model ?? 'gpt-4.1',
    output: options.output,
    parallel_tool_calls: body.parallel_tool_calls ?? true,
    previous_response_id: body.previous_response_id ?? null,
    // The live API echoes a prompt template only when one was used.
    ...(isObject(body.prompt) && { prompt: echoPrompt(body.prompt) }),
    prompt_cache_key: body.prompt_cache_key ?? null,
    prompt_cache_retention: null,
    reasoning: {
      effort: reasoning.effort ?? null,
      summary: reasoning.summary ?? null,
    },
    safety_identifier: body.safety_identifier ?? null,
    service_tier: 'default',
    store: body.store ?? true,
    temperature: body.temperature ?? 1,
    text: {
      format: text.format ?? { type: 'text' },
      verbosity: text.verbosity ?? 'medium',
    },
    tool_choice: body.tool_choice ?? 'auto',
    tools: Array.isArray(body.tools) ? body.tools : [],
    top_logprobs: body.top_logprobs ?? 0,
    top_p: body.top_p ?? 1,
    truncation: body.truncation ?? 'disabled',
    usage:
      status !== 'completed'
        ? null
        : options.usage
          ? scriptedUsage(options.usage)
          : responseUsage(body, options.output),
    user: null,
    metadata: body.metadata ?? {},
  };
}

function responseUsage(
  body: Record<string, unknown>,
  output: AgentOutputItem[],
) {
  const inputTokens = estimateTokens(
    JSON.stringify([
      body.instructions ?? '',
      body.input ?? '',
      body.tools ?? [],
    ]),
  );
  const reasoningTokens = estimateTokens(
    output
      .filter((item) => item.type === 'reasoning')
      .map((item) => generatedText(item))
      .join(''),
  );
  const outputTokens = estimateTokens(
    output.map((item) => generatedText(item)).join(''),
  );
  return {
    input_tokens: inputTokens,
    input_tokens_details: { cached_tokens: 0, cache_write_tokens: 0 },
    output_tokens: outputTokens,
    output_tokens_details: { reasoning_tokens: reasoningTokens },
    total_tokens: inputTokens + outputTokens,
  };
}

function conversationOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return isObject(value) && typeof value.id === 'string' ? value.id : undefined;
}

function scriptedUsage(usage: EmulatorUsage) {
  return {
    input_tokens: usage.inputTokens,
    input_tokens_details: {
      cached_tokens: usage.cachedTokens ?? 0,
      cache_write_tokens: 0,
    },
    output_tokens: usage.outputTokens,
    output_tokens_details: { reasoning_tokens: usage.reasoningTokens ?? 0 },
    total_tokens: usage.inputTokens + usage.outputTokens,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function echoPrompt(prompt: Record<string, unknown>) {
  return {
    id: prompt.id,
    variables: prompt.variables ?? {},
    version: prompt.version ?? null,
  };
}
