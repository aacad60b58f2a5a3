import type {
  AgentOutputItem,
  AssistantMessageItem,
  FunctionCallItem,
  ModelResponse,
  ReasoningItem,
  UsageData,
} from '@baton/core';
import { randomId } from '../internal/random-id.js';

/**
 * An assistant message holding one `output_text` part: what a model returns when it answers in text.
 *
 * @example
 * ```ts
 * const model = new ScriptedModel([modelResponse([textMessage('Hello!')])]);
 * ```
 */
export function textMessage(
  text: string,
  options: { id?: string } = {},
): AssistantMessageItem {
  const item: AssistantMessageItem = {
    type: 'message',
    role: 'assistant',
    status: 'completed',
    content: [{ type: 'output_text', text, annotations: [] }],
  };
  if (options.id !== undefined) item.id = options.id;
  return item;
}

/** Options of {@link functionCall}. */
export interface FunctionCallOptions {
  /** The call id a `function_call_output` must answer; a fresh `call_...` id when left out. */
  callId?: string;
  /** The item id (`fc_...`); none when left out. */
  id?: string;
}

/**
 * A `function_call` item: the model asks for a function tool (or a handoff) to run. An object is serialised
 * to JSON; a string is kept as it is, so malformed arguments can be scripted too.
 *
 * @example
 * ```ts
 * functionCall('get_weather', { city: 'Paris' }, { callId: 'call_1' });
 * ```
 */
export function functionCall(
  name: string,
  args: Record<string, unknown> | string = {},
  options: FunctionCallOptions = {},
): FunctionCallItem {
  const item: FunctionCallItem = {
    type: 'function_call',
    call_id: options.callId ?? randomId('call_'),
    name,
    arguments: typeof args === 'string' ? args : JSON.stringify(args),
    status: 'completed',
  };
  if (options.id !== undefined) item.id = options.id;
  return item;
}

/** A `reasoning` item whose summary holds the given text (one `summary_text` part per string). */
export function reasoningItem(summary: string | string[]): ReasoningItem {
  const parts = typeof summary === 'string' ? [summary] : summary;
  return {
    type: 'reasoning',
    summary: parts.map((text) => ({ type: 'summary_text', text })),
  };
}

/**
 * A {@link ModelResponse} with the given output items. Usage fields left out are zero, and `totalTokens`
 * defaults to input plus output tokens.
 */
export function modelResponse(
  items: AgentOutputItem[],
  usage: Partial<UsageData> = {},
): ModelResponse {
  const inputTokens = usage.inputTokens ?? 0;
  const outputTokens = usage.outputTokens ?? 0;
  return {
    output: items,
    usage: {
      ...usage,
      inputTokens,
      outputTokens,
      totalTokens: usage.totalTokens ?? inputTokens + outputTokens,
    },
  };
}
