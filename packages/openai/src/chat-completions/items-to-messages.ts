import type OpenAI from 'openai';
import {
  itemKind,
  UserError,
  type AgentInputItem,
  type FunctionCallItem,
  type FunctionCallOutputItem,
} from '@baton/core';
import { toUserPart } from './to-user-part.js';

type ChatMessage = OpenAI.Chat.ChatCompletionMessageParam;
type AssistantMessage = OpenAI.Chat.ChatCompletionAssistantMessageParam;
type ContentPart = OpenAI.Chat.ChatCompletionContentPart;
type TextPart = OpenAI.Chat.ChatCompletionContentPartText;

/**
 * @internal Converts canonical items into Chat Completions messages, the one place Baton leaves its item shape.
 * Instructions become a leading system message; consecutive function calls join one assistant message (with the
 * text the model wrote just before them); function outputs become `tool` messages (their images and files a user
 * message after them); reasoning items are dropped,
 * as Chat Completions cannot take them back. Items only the Responses API can carry throw a `UserError`.
 */
export function itemsToMessages(
  items: AgentInputItem[],
  systemInstructions?: string,
): ChatMessage[] {
  const messages: ChatMessage[] = [];
  const attachments: ContentPart[] = [];
  if (systemInstructions)
    messages.push({ role: 'system', content: systemInstructions });
  for (const item of items) {
    const type = item.type ?? 'message';
    if (type !== 'function_call_output')
      flushAttachments(messages, attachments);
    if (type === 'message')
      messages.push(toMessage(item as Record<string, unknown>));
    else if (type === 'function_call')
      appendToolCall(messages, item as FunctionCallItem);
    else if (type === 'function_call_output')
      messages.push(toToolMessage(item as FunctionCallOutputItem, attachments));
    else if (type !== 'reasoning') throw unsupportedItem(type);
  }
  flushAttachments(messages, attachments);
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

// Chat `tool` messages carry text only. A tool output's text stays in its tool message; its images and files
// become `attachments`, sent as a user message once the run of tool messages ends (a user message between them
// would break the tool calls' pairing).
function toToolMessage(
  item: FunctionCallOutputItem,
  attachments: ContentPart[],
): ChatMessage {
  const parts =
    typeof item.output === 'string' ? undefined : toArray(item.output);
  if (!parts)
    return {
      role: 'tool',
      tool_call_id: item.call_id,
      content: String(item.output),
    };
  const texts = parts.filter(
    (part) => part.type === 'input_text' || part.type === 'text',
  );
  const media = parts.filter((part) => !texts.includes(part));
  if (media.length > 0) {
    attachments.push(
      {
        type: 'text',
        text: `Attachments returned by tool call ${item.call_id}:`,
      },
      ...media.map(toUserPart),
    );
  }
  const content: string | TextPart[] =
    texts.length > 0
      ? texts.map((part) => toTextPart(part, 'function_call_output'))
      : `The tool returned ${media.length} attachment(s) and no text; they follow in the next user message.`;
  return { role: 'tool', tool_call_id: item.call_id, content };
}

function flushAttachments(
  messages: ChatMessage[],
  attachments: ContentPart[],
): void {
  if (attachments.length === 0) return;
  messages.push({ role: 'user', content: attachments.splice(0) });
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
  const role = itemKind(type)?.role;
  const hosted =
    role === 'hosted_call' ||
    role === 'local_call' ||
    role === 'approval_request' ||
    role === 'tool_result';
  return new UserError(
    hosted
      ? `\`${type}\` items come from hosted tools, which need the Responses API (OpenAIResponsesModel); Chat Completions cannot carry them.`
      : `Chat Completions cannot carry \`${type}\` items; use the Responses API (OpenAIResponsesModel) for them.`,
  );
}

function toArray(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? (value as Array<Record<string, unknown>>) : [];
}
