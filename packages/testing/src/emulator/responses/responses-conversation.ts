import {
  contentText,
  readToolChoice,
  type ConversationView,
  type OfferedHostedTool,
  type OfferedTool,
} from '../default-model/conversation-view.js';
import {
  readHistory,
  type HistoryReader,
} from '../default-model/read-history.js';

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
  const read = readHistory(items, responsesItems);
  return {
    ...read,
    instructions: [body.instructions, read.instructions]
      .filter((text) => typeof text === 'string' && text !== '')
      .join('\n'),
    tools: offeredTools(body.tools),
    hostedTools: chosenHostedTools(
      offeredHostedTools(body.tools),
      body.tool_choice,
    ),
    hostedCalledSinceLastUser: hostedCalledSinceLastUser(items),
    mcpServers: Array.isArray(body.tools)
      ? (body.tools as Item[]).filter((tool) => tool?.type === 'mcp')
      : [],
    mcpItemsSinceLastUser: mcpItemsSinceLastUser(items),
    offersComputer: offersComputer(body.tools),
    computerCallsSinceLastUser: computerCallsSinceLastUser(items),
    include: Array.isArray(body.include)
      ? body.include.filter((entry) => typeof entry === 'string')
      : [],
    toolChoice: readToolChoice(body.tool_choice),
    outputFormat: outputFormat(body.text),
    ...promptOf(body.prompt),
    ...reasoningOf(body),
  };
}

function reasoningOf(body: Item): Pick<ConversationView, 'reasoning'> {
  const summary = (body.reasoning as Item | null | undefined)?.summary;
  if (typeof summary !== 'string') return {};
  const include = Array.isArray(body.include) ? body.include : [];
  return {
    reasoning: {
      summary,
      encrypted: include.includes('reasoning.encrypted_content'),
    },
  };
}

function promptOf(prompt: unknown): Pick<ConversationView, 'prompt'> {
  const record = prompt as Item | null | undefined;
  if (typeof record?.id !== 'string') return {};
  const variables: Record<string, string> = {};
  for (const [name, value] of Object.entries(
    (record.variables ?? {}) as Item,
  )) {
    variables[name] =
      typeof value === 'string' ? value : contentText([value]) || '[file]';
  }
  return {
    prompt: {
      id: record.id,
      ...(typeof record.version === 'string' && { version: record.version }),
      variables,
    },
  };
}

// Calls are `function_call` items; their results are `function_call_output` items quoting the same `call_id`.
const responsesItems: HistoryReader<Item> = {
  userText: (item) =>
    isMessage(item, 'user') ? contentText(item.content) : undefined,
  assistantText: (item) =>
    isMessage(item, 'assistant') ? contentText(item.content) : undefined,
  instructionText: (item) =>
    isMessage(item, 'system') || isMessage(item, 'developer')
      ? contentText(item.content)
      : undefined,
  calls: (item) =>
    item.type === 'function_call' && typeof item.name === 'string'
      ? [{ callId: String(item.call_id), name: item.name }]
      : [],
  toolResult: (item) =>
    item.type === 'function_call_output'
      ? { callId: String(item.call_id), output: outputText(item.output) }
      : undefined,
};

function inputItems(input: unknown): Item[] {
  if (typeof input === 'string')
    return [{ type: 'message', role: 'user', content: input }];
  return Array.isArray(input)
    ? input.filter(
        (item): item is Item => typeof item === 'object' && item !== null,
      )
    : [];
}

function isMessage(item: Item, role: string): boolean {
  return (
    (item.type === 'message' || item.type === undefined) && item.role === role
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

const HOSTED_CALLS = new Set([
  'web_search_call',
  'file_search_call',
  'code_interpreter_call',
  'image_generation_call',
]);

function offeredHostedTools(tools: unknown): OfferedHostedTool[] {
  if (!Array.isArray(tools)) return [];
  return tools
    .filter(
      (tool: Item) =>
        typeof tool?.type === 'string' && HOSTED_CALLS.has(`${tool.type}_call`),
    )
    .map((tool: Item) => ({ type: tool.type as string, definition: tool }));
}

// A tool choice naming hosted tools (`{ type: 'file_search' }`, or an allowed-tools list) keeps only those.
function chosenHostedTools(
  offered: OfferedHostedTool[],
  choice: unknown,
): OfferedHostedTool[] {
  const record = choice as Item | null | undefined;
  const named =
    record?.type === 'allowed_tools' && Array.isArray(record.tools)
      ? (record.tools as Item[]).map((tool) => tool?.type)
      : [record?.type];
  const chosen = offered.filter((tool) => named.includes(tool.type));
  return chosen.length > 0 ? chosen : offered;
}

function hostedCalledSinceLastUser(items: Item[]): boolean {
  const lastUser = items.findLastIndex((item) => isMessage(item, 'user'));
  return items
    .slice(lastUser + 1)
    .some((item) => HOSTED_CALLS.has(String(item.type)));
}

function mcpItemsSinceLastUser(items: Item[]): Item[] {
  const lastUser = items.findLastIndex((item) => isMessage(item, 'user'));
  return items
    .slice(lastUser + 1)
    .filter((item) => String(item.type).startsWith('mcp_'));
}

function offersComputer(tools: unknown): boolean {
  return (
    Array.isArray(tools) &&
    tools.some(
      (tool: Item) =>
        tool?.type === 'computer_use_preview' || tool?.type === 'computer',
    )
  );
}

function computerCallsSinceLastUser(items: Item[]): number {
  const lastUser = items.findLastIndex((item) => isMessage(item, 'user'));
  return items
    .slice(lastUser + 1)
    .filter((item) => item.type === 'computer_call').length;
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

// A content-array output reads as its text, with a placeholder for each image or file so an answer can show
// they arrived; anything else reads as JSON.
function outputText(output: unknown): string {
  if (typeof output === 'string') return output;
  if (!Array.isArray(output)) return JSON.stringify(output ?? '');
  return (output as Item[])
    .map((part) => {
      if (typeof part?.text === 'string') return part.text;
      if (part?.type === 'input_image') return '[image]';
      if (part?.type === 'input_file')
        return typeof part.filename === 'string'
          ? `[file ${part.filename}]`
          : '[file]';
      return JSON.stringify(part);
    })
    .join('\n');
}
