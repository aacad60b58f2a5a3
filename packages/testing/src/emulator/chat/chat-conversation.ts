import {
  contentText,
  readToolChoice,
  type ConversationView,
  type OfferedTool,
  type ToolResult,
} from '../default-model/conversation-view.js';

type Message = Record<string, unknown>;

/** What the default model sees of a `POST /v1/chat/completions` body. @internal */
export function chatConversation(
  body: Record<string, unknown>,
): ConversationView {
  const messages = Array.isArray(body.messages)
    ? (body.messages as Message[])
    : [];
  const view: ConversationView = {
    lastUserText: '',
    trailingToolResults: [],
    tools: offeredTools(body.tools),
    calledTools: new Set(),
    calledSinceLastUser: new Set(),
    toolChoice: readToolChoice(body.tool_choice),
    outputFormat: outputFormat(body.response_format),
  };
  const callNames = new Map<string, string>();
  for (const message of messages) {
    if (message?.role === 'user') {
      view.lastUserText = contentText(message.content);
      view.calledSinceLastUser.clear();
    }
    if (message?.role !== 'assistant' || !Array.isArray(message.tool_calls))
      continue;
    for (const call of message.tool_calls as Array<{
      id?: unknown;
      function?: { name?: unknown };
    }>) {
      if (typeof call.function?.name !== 'string') continue;
      view.calledTools.add(call.function.name);
      view.calledSinceLastUser.add(call.function.name);
      callNames.set(String(call.id), call.function.name);
    }
  }
  for (
    let index = messages.length - 1;
    index >= 0 && messages[index]?.role === 'tool';
    index -= 1
  ) {
    const message = messages[index] as Message;
    const result: ToolResult = { output: contentText(message.content) };
    const name = callNames.get(String(message.tool_call_id));
    if (name !== undefined) result.name = name;
    view.trailingToolResults.unshift(result);
  }
  return view;
}

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
