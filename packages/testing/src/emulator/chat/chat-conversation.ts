import {
  contentText,
  readToolChoice,
  type ConversationView,
  type OfferedTool,
} from '../default-model/conversation-view.js';
import {
  readHistory,
  type HistoryReader,
} from '../default-model/read-history.js';

type Message = Record<string, unknown>;

/** What the default model sees of a `POST /v1/chat/completions` body. @internal */
export function chatConversation(
  body: Record<string, unknown>,
): ConversationView {
  const messages = Array.isArray(body.messages)
    ? (body.messages as Message[])
    : [];
  return {
    ...readHistory(messages, chatMessages),
    tools: offeredTools(body.tools),
    toolChoice: readToolChoice(body.tool_choice),
    outputFormat: outputFormat(body.response_format),
  };
}

// Calls ride on assistant messages as `tool_calls`; their results are `tool` messages quoting `tool_call_id`.
const chatMessages: HistoryReader<Message> = {
  userText: (message) =>
    message?.role === 'user' ? contentText(message.content) : undefined,
  assistantText: (message) =>
    message?.role === 'assistant' ? contentText(message.content) : undefined,
  instructionText: (message) =>
    message?.role === 'system' || message?.role === 'developer'
      ? contentText(message.content)
      : undefined,
  calls: (message) => {
    if (message?.role !== 'assistant' || !Array.isArray(message.tool_calls))
      return [];
    return (
      message.tool_calls as Array<{
        id?: unknown;
        function?: { name?: unknown };
      }>
    ).flatMap((call) =>
      typeof call.function?.name === 'string'
        ? [{ callId: String(call.id), name: call.function.name }]
        : [],
    );
  },
  toolResult: (message) =>
    message?.role === 'tool'
      ? {
          callId: String(message.tool_call_id),
          output: contentText(message.content),
        }
      : undefined,
  isAttachment: (message) =>
    message?.role === 'user' &&
    Array.isArray(message.content) &&
    (message.content as Message[]).some(
      (part) =>
        typeof part?.text === 'string' &&
        part.text.startsWith(ATTACHMENTS_LABEL),
    ),
};

// Chat `tool` messages carry text only, so Baton's Chat Completions model sends a tool output's images and files in a
// user message after the tool messages, labelled with this text; it belongs to the tool results, not to the user.
const ATTACHMENTS_LABEL = 'Attachments returned by tool call ';

function offeredTools(tools: unknown): OfferedTool[] {
  if (!Array.isArray(tools)) return [];
  return (tools as Array<{ type?: unknown; function?: Message }>)
    .filter(
      (tool) =>
        tool?.type === 'function' && typeof tool.function?.name === 'string',
    )
    .map((tool) => ({
      name: tool.function?.name as string,
      parameters: tool.function?.parameters as Message | undefined,
    }));
}

function outputFormat(format: unknown): ConversationView['outputFormat'] {
  const record = format as
    { type?: unknown; json_schema?: { schema?: unknown } } | undefined;
  const schema = record?.json_schema?.schema;
  if (
    record?.type === 'json_schema' &&
    typeof schema === 'object' &&
    schema !== null
  ) {
    return { type: 'json_schema', schema: schema as Message };
  }
  return record?.type === 'json_object' ? { type: 'json_object' } : undefined;
}
