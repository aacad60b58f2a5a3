import type OpenAI from 'openai';
import {
  UserError,
  type AgentInputItem,
  type FunctionCallItem,
  type FunctionCallOutputItem,
} from '@baton/core';

type ChatMessage = OpenAI.Chat.ChatCompletionMessageParam;
type AssistantMessage = OpenAI.Chat.ChatCompletionAssistantMessageParam;
type ContentPart = OpenAI.Chat.ChatCompletionContentPart;
type TextPart = OpenAI.Chat.ChatCompletionContentPartText;

/**
 * @internal Converts canonical items into Chat Completions messages, the one place Baton leaves its item shape.
 * Instructions become a leading system message; consecutive function calls join one assistant message (with the
 * text the model wrote just before them); function outputs become `tool` messages; reasoning items are dropped,
 * as Chat Completions cannot take them back. Items only the Responses API can carry throw a `UserError`.
 */
export function itemsToMessages(
  items: AgentInputItem[],
  systemInstructions?: string,
): ChatMessage[] {
  const messages: ChatMessage[] = [];
  if (systemInstructions)
    messages.push({ role: 'system', content: systemInstructions });
  for (const item of items) {
    const type = item.type ?? 'message';
    if (type === 'message')
      messages.push(toMessage(item as Record<string, unknown>));
    else if (type === 'function_call')
      appendToolCall(messages, item as FunctionCallItem);
    else if (type === 'function_call_output')
      messages.push(toToolMessage(item as FunctionCallOutputItem));
    else if (type !== 'reasoning') throw unsupportedItem(type);
  }
  return messages;
}

function toMessage(item: Record<string, unknown>): ChatMessage {
  const role = item.role;
  const content = item.content;
  if (role === 'assistant') return toAssistantMessage(content);
  if (role === 'user') {
    return {
      role: 'user',
      content:
        typeof content === 'string'
          ? content
          : toArray(content).map(toUserPart),
    };
  }
  if (role === 'system' || role === 'developer') {
    const text =
      typeof content === 'string'
        ? content
        : toArray(content).map((part) => toTextPart(part, role));
    return { role, content: text };
  }
  throw new UserError(
    `A message item has role ${JSON.stringify(role)}, which Chat Completions does not accept.`,
  );
}

function toAssistantMessage(content: unknown): AssistantMessage {
  if (typeof content === 'string') return { role: 'assistant', content };
  const texts: string[] = [];
  const refusals: string[] = [];
  for (const part of toArray(content)) {
    if (part.type === 'output_text' && typeof part.text === 'string')
      texts.push(part.text);
    else if (part.type === 'refusal' && typeof part.refusal === 'string')
      refusals.push(part.refusal);
  }
  const message: AssistantMessage = { role: 'assistant' };
  if (texts.length > 0) message.content = texts.join('');
  if (refusals.length > 0) message.refusal = refusals.join('');
  return message;
}

// The model wrote its text and its calls as one assistant message; putting them back together keeps the
// conversation in the shape the model produced.
function appendToolCall(messages: ChatMessage[], item: FunctionCallItem): void {
  const toolCall = {
    id: item.call_id,
    type: 'function' as const,
    function: { name: item.name, arguments: item.arguments },
  };
  const last = messages.at(-1);
  if (last?.role === 'assistant') {
    last.tool_calls = [...(last.tool_calls ?? []), toolCall];
    return;
  }
  messages.push({ role: 'assistant', tool_calls: [toolCall] });
}

function toToolMessage(item: FunctionCallOutputItem): ChatMessage {
  const content =
    typeof item.output === 'string'
      ? item.output
      : toArray(item.output).map((part) =>
          toTextPart(part, 'function_call_output'),
        );
  return { role: 'tool', tool_call_id: item.call_id, content };
}

function toUserPart(part: Record<string, unknown>): ContentPart {
  if (part.type === 'input_text')
    return { type: 'text', text: String(part.text ?? '') };
  if (part.type === 'input_image') {
    if (typeof part.image_url !== 'string' || part.image_url === '') {
      throw new UserError(
        'Chat Completions takes images by URL or data URL only; an `input_image` with just a `file_id` needs the Responses API.',
      );
    }
    const detail = part.detail as 'low' | 'high' | 'auto' | undefined;
    return {
      type: 'image_url',
      image_url: { url: part.image_url, ...(detail && { detail }) },
    };
  }
  if (part.type === 'input_file') return toFilePart(part);
  // Parts already in Chat Completions form (input_audio, say) go through untouched.
  return part as unknown as ContentPart;
}

function toFilePart(part: Record<string, unknown>): ContentPart {
  if (typeof part.file_url === 'string') {
    throw new UserError(
      'Chat Completions cannot fetch files by URL; send `file_data` or a `file_id`, or use the Responses API.',
    );
  }
  const file: Record<string, string> = {};
  for (const key of ['file_id', 'file_data', 'filename']) {
    if (typeof part[key] === 'string') file[key] = part[key] as string;
  }
  return { type: 'file', file };
}

function toTextPart(part: Record<string, unknown>, where: string): TextPart {
  if (
    (part.type === 'input_text' || part.type === 'text') &&
    typeof part.text === 'string'
  ) {
    return { type: 'text', text: part.text };
  }
  throw new UserError(
    `Chat Completions accepts only text in a ${where}, but got a \`${String(part.type)}\` part; use the Responses API for it.`,
  );
}

function unsupportedItem(type: string): UserError {
  const hosted =
    type.endsWith('_call') ||
    type.endsWith('_call_output') ||
    type === 'mcp_list_tools';
  return new UserError(
    hosted
      ? `\`${type}\` items come from hosted tools, which need the Responses API (OpenAIResponsesModel); Chat Completions cannot carry them.`
      : `Chat Completions cannot carry \`${type}\` items; use the Responses API (OpenAIResponsesModel) for them.`,
  );
}

function toArray(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? (value as Array<Record<string, unknown>>) : [];
}
