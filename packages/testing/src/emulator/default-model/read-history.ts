import type { ConversationView, ToolResult } from './conversation-view.js';

/** The part of a {@link ConversationView} that comes from the conversation's entries. @internal */
export type HistoryView = Pick<
  ConversationView,
  | 'lastUserText'
  | 'lastMessageText'
  | 'instructions'
  | 'trailingToolResults'
  | 'calledTools'
  | 'calledSinceLastUser'
>;

/** A function call made by one entry, with the id its result quotes. @internal */
export interface HistoryCall {
  callId: string;
  name: string;
}

/**
 * How one endpoint's entries (Chat messages or Responses items) read as user text, calls and results.
 * @internal
 */
export interface HistoryReader<TEntry> {
  /** The text of a user message; undefined for any other entry. */
  userText(entry: TEntry): string | undefined;
  /** The text of an assistant message ('' or undefined when it has none, e.g. tool calls only). */
  assistantText?(entry: TEntry): string | undefined;
  /** The text of a system or developer message; undefined for any other entry. */
  instructionText?(entry: TEntry): string | undefined;
  /** The function calls an entry makes (none for most entries). */
  calls(entry: TEntry): HistoryCall[];
  /** The entry as a tool result, or undefined when it is not one. */
  toolResult(entry: TEntry): { callId: string; output: string } | undefined;
  /** Whether the entry only carries attachments of the tool results before it; such entries are passed over. */
  isAttachment?(entry: TEntry): boolean;
}

/**
 * Walks a conversation the same way whichever endpoint it came through, so that both answer alike: the last user
 * text, the last message's text, the system and developer messages, the functions called (overall and since that
 * text) and the tool results that end the conversation, each named after the call it answers.
 * @internal
 */
export function readHistory<TEntry>(
  entries: readonly TEntry[],
  reader: HistoryReader<TEntry>,
): HistoryView {
  const view: HistoryView = {
    lastUserText: '',
    lastMessageText: '',
    instructions: '',
    trailingToolResults: [],
    calledTools: new Set(),
    calledSinceLastUser: new Set(),
  };
  const callNames = new Map<string, string>();
  const read = reader.isAttachment
    ? entries.filter((entry) => !reader.isAttachment?.(entry))
    : entries;
  const instructions: string[] = [];
  for (const entry of read) {
    const userText = reader.userText(entry);
    if (userText !== undefined) {
      view.lastUserText = userText;
      view.lastMessageText = userText;
      view.calledSinceLastUser.clear();
    }
    const assistantText = reader.assistantText?.(entry);
    if (assistantText) view.lastMessageText = assistantText;
    const instructionText = reader.instructionText?.(entry);
    if (instructionText) instructions.push(instructionText);
    for (const { callId, name } of reader.calls(entry)) {
      view.calledTools.add(name);
      view.calledSinceLastUser.add(name);
      callNames.set(callId, name);
    }
  }
  view.instructions = instructions.join('\n');
  // Only the results after the last other entry answer calls the model is still waiting on.
  for (let index = read.length - 1; index >= 0; index -= 1) {
    const toolResult = reader.toolResult(read[index] as TEntry);
    if (toolResult === undefined) break;
    const result: ToolResult = { output: toolResult.output };
    const name = callNames.get(toolResult.callId);
    if (name !== undefined) result.name = name;
    view.trailingToolResults.unshift(result);
  }
  return view;
}
