/** A function tool offered in the request, whichever endpoint it came through. */
export interface OfferedTool {
  name: string;
  parameters?: Record<string, unknown>;
}

/** A hosted tool offered in the request (Responses only): its wire definition. */
export interface OfferedHostedTool {
  /** `web_search`, `file_search`, `code_interpreter`, `image_generation`... */
  type: string;
  /** The tool as the request spelled it (`vector_store_ids`, `partial_images`...). */
  definition: Record<string, unknown>;
}

/** The result of a tool call that ends the conversation so far. */
export interface ToolResult {
  /** The called function's name, when the call can be found in the conversation. */
  name?: string;
  /** The output as text. */
  output: string;
}

/**
 * What the default model looks at, extracted from a Responses or a Chat Completions request so that both endpoints
 * answer alike.
 * @internal
 */
export interface ConversationView {
  /** The text of the last user message ('' when there is none). */
  lastUserText: string;
  /**
   * The text of the last user or assistant message with text ('' when there is none): what a guardrail agent is
   * asked to check, whether it is given the user's input or the answer to check.
   */
  lastMessageText: string;
  /** The instructions: the request's own, then its system and developer messages, joined by newlines. */
  instructions: string;
  /** The tool results at the end of the conversation (empty when the last item is not a tool result). */
  trailingToolResults: ToolResult[];
  /** The function tools offered. */
  tools: OfferedTool[];
  /** The hosted tools offered (Responses only). */
  hostedTools?: OfferedHostedTool[];
  /** Whether a hosted tool was called after the last user message (Responses only). */
  hostedCalledSinceLastUser?: boolean;
  /** The hosted MCP servers offered (`mcp` tools as the request spelled them; Responses only). */
  mcpServers?: Array<Record<string, unknown>>;
  /** The MCP items after the last user message, in order (Responses only). */
  mcpItemsSinceLastUser?: Array<Record<string, unknown>>;
  /** Whether the request offers a computer tool (`computer_use_preview` or `computer`; Responses only). */
  offersComputer?: boolean;
  /** The number of `computer_call` items after the last user message (Responses only). */
  computerCallsSinceLastUser?: number;
  /** The request's `include` entries (Responses only). */
  include?: string[];
  /** Names of the functions called anywhere in the conversation. */
  calledTools: Set<string>;
  /** Names of the functions called after the last user message. */
  calledSinceLastUser: Set<string>;
  /** `auto` unless the request says otherwise; a string other than the modes names a function. */
  toolChoice: string;
  /** The reusable prompt template the request names (Responses only), its variables as text. */
  prompt?: { id: string; version?: string; variables: Record<string, string> };
  /** Set when the request asks for a reasoning summary (Responses only); `encrypted` when it also includes the content. */
  reasoning?: { summary: string; encrypted: boolean };
  /** The structured output asked for, if any. */
  outputFormat?:
    | { type: 'json_schema'; schema: Record<string, unknown> }
    | { type: 'json_object' };
}

/** Text of a message content: a string, or the text of its text parts. @internal */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part: unknown) => {
      const record = part as Record<string, unknown> | null;
      return typeof record?.text === 'string' ? record.text : '';
    })
    .filter((text) => text !== '')
    .join('\n');
}

/** Reads `tool_choice` from either endpoint's shape (a mode string, or an object naming a function). @internal */
export function readToolChoice(choice: unknown): string {
  if (typeof choice === 'string') return choice;
  const record = choice as {
    name?: unknown;
    function?: { name?: unknown };
  } | null;
  if (typeof record?.name === 'string') return record.name;
  if (typeof record?.function?.name === 'string') return record.function.name;
  return 'auto';
}
