import {
  contentText,
  readToolChoice,
  type ConversationView,
  type OfferedTool,
  type ToolResult,
} from '../default-model/conversation-view.js';

type Item = Record<string, unknown>;

/**
 * What the default model sees of a `POST /v1/responses` body: `history` holds the items of the stored responses
 * that `previous_response_id` continues, since the body then carries only the new items.
 * @internal
 */
export function responsesConversation(
  body: Record<string, unknown>,
  history: Item[] = [],
): ConversationView {
  const items = [...history, ...inputItems(body.input)];
  const view: ConversationView = {
    lastUserText: '',
    trailingToolResults: [],
    tools: offeredTools(body.tools),
    calledTools: new Set(),
    calledSinceLastUser: new Set(),
    toolChoice: readToolChoice(body.tool_choice),
    outputFormat: outputFormat(body.text),
  };
  const callNames = new Map<string, string>();
  for (const item of items) {
    if (isUserMessage(item)) {
      view.lastUserText = contentText(item.content);
      view.calledSinceLastUser.clear();
    } else if (item.type === 'function_call' && typeof item.name === 'string') {
      view.calledTools.add(item.name);
      view.calledSinceLastUser.add(item.name);
      callNames.set(String(item.call_id), item.name);
    }
  }
  for (
    let index = items.length - 1;
    index >= 0 && items[index]?.type === 'function_call_output';
    index -= 1
  ) {
    const item = items[index] as Item;
    const result: ToolResult = { output: outputText(item.output) };
    const name = callNames.get(String(item.call_id));
    if (name !== undefined) result.name = name;
    view.trailingToolResults.unshift(result);
  }
  return view;
}

function inputItems(input: unknown): Item[] {
  if (typeof input === 'string')
    return [{ type: 'message', role: 'user', content: input }];
  return Array.isArray(input)
    ? input.filter(
        (item): item is Item => typeof item === 'object' && item !== null,
      )
    : [];
}

function isUserMessage(item: Item): boolean {
  return (
    (item.type === 'message' || item.type === undefined) && item.role === 'user'
  );
}

function offeredTools(tools: unknown): OfferedTool[] {
  if (!Array.isArray(tools)) return [];
  return tools
    .filter(
      (tool: Item) =>
        tool?.type === 'function' && typeof tool.name === 'string',
    )
    .map((tool: Item) => ({
      name: tool.name as string,
      parameters: tool.parameters as Item | undefined,
    }));
}

function outputFormat(text: unknown): ConversationView['outputFormat'] {
  const format = (text as { format?: Item } | undefined)?.format;
  if (
    format?.type === 'json_schema' &&
    typeof format.schema === 'object' &&
    format.schema !== null
  ) {
    return { type: 'json_schema', schema: format.schema as Item };
  }
  return format?.type === 'json_object' ? { type: 'json_object' } : undefined;
}

function outputText(output: unknown): string {
  return typeof output === 'string'
    ? output
    : contentText(output) || JSON.stringify(output ?? '');
}
