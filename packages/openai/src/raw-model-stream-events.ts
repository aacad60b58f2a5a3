import type { RunRawModelStreamEvent, RunStreamEvent } from '@baton/core';
import type OpenAI from 'openai';

/** The `source` of raw events that came from the Responses API (the Agents SDK's value). */
export const OPENAI_RESPONSES_RAW_MODEL_EVENT_SOURCE = 'openai-responses';
/** The `source` of raw events that came from the Chat Completions API (the Agents SDK's value). */
export const OPENAI_CHAT_COMPLETIONS_RAW_MODEL_EVENT_SOURCE =
  'openai-chat-completions';

/** Which OpenAI API a raw model event came from. */
export type OpenAIRawModelEventSource =
  | typeof OPENAI_RESPONSES_RAW_MODEL_EVENT_SOURCE
  | typeof OPENAI_CHAT_COMPLETIONS_RAW_MODEL_EVENT_SOURCE;

/** A raw stream event of the Responses API (`response.output_text.delta` and the like), as a run forwards it. */
export type OpenAIResponsesRawModelStreamEvent = RunRawModelStreamEvent & {
  readonly data: {
    type: 'model';
    event: OpenAI.Responses.ResponseStreamEvent;
  };
};

/** A raw Chat Completions chunk, as a run forwards it. */
export type OpenAIChatCompletionsRawModelStreamEvent =
  RunRawModelStreamEvent & {
    readonly data: { type: 'model'; event: OpenAI.Chat.ChatCompletionChunk };
  };

/**
 * Whether a run's stream event is a raw Responses API event, typed as the `openai` client types it.
 *
 * @example
 * for await (const event of result) {
 *   if (isOpenAIResponsesRawModelStreamEvent(event) && event.data.event.type === 'response.output_text.delta') {
 *     process.stdout.write(event.data.event.delta);
 *   }
 * }
 */
export function isOpenAIResponsesRawModelStreamEvent(
  event: RunStreamEvent,
): event is OpenAIResponsesRawModelStreamEvent {
  return rawSource(event) === OPENAI_RESPONSES_RAW_MODEL_EVENT_SOURCE;
}

/** Whether a run's stream event is a raw Chat Completions chunk, typed as the `openai` client types it. */
export function isOpenAIChatCompletionsRawModelStreamEvent(
  event: RunStreamEvent,
): event is OpenAIChatCompletionsRawModelStreamEvent {
  return rawSource(event) === OPENAI_CHAT_COMPLETIONS_RAW_MODEL_EVENT_SOURCE;
}

/**
 * The API a raw `model` event came from: its declared `source` when the event carries one, otherwise told from
 * the event itself (Chat Completions chunks say `object: 'chat.completion.chunk'`; Responses events are typed
 * `response.*` or `error`).
 */
function rawSource(
  event: RunStreamEvent,
): OpenAIRawModelEventSource | undefined {
  if (event.type !== 'raw_model_stream_event' || event.data.type !== 'model')
    return undefined;
  const declared = (event as { source?: unknown }).source;
  if (
    declared === OPENAI_RESPONSES_RAW_MODEL_EVENT_SOURCE ||
    declared === OPENAI_CHAT_COMPLETIONS_RAW_MODEL_EVENT_SOURCE
  )
    return declared;
  const raw = event.data.event as { object?: unknown; type?: unknown } | null;
  if (typeof raw !== 'object' || raw === null) return undefined;
  if (raw.object === 'chat.completion.chunk')
    return OPENAI_CHAT_COMPLETIONS_RAW_MODEL_EVENT_SOURCE;
  if (
    typeof raw.type === 'string' &&
    (raw.type.startsWith('response.') || raw.type === 'error')
  )
    return OPENAI_RESPONSES_RAW_MODEL_EVENT_SOURCE;
  return undefined;
}
