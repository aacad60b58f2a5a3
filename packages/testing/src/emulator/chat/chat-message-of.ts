import type { AgentOutputItem } from '@baton/core';

/** A tool call in Chat Completions format. @internal */
export interface ChatToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

/** The assistant message a Chat Completions answer carries for a reply. @internal */
export interface ChatMessageParts {
  /** The text (assistant message parts joined), or null when there is none. */
  content: string | null;
  refusal: string | null;
  toolCalls: ChatToolCall[];
}

/**
 * Converts canonical output items into one Chat Completions assistant message: text parts become `content`,
 * function calls `tool_calls`. Items Chat cannot express (reasoning, hosted tool calls) are dropped.
 * @internal
 */
export function chatMessageOf(output: AgentOutputItem[]): ChatMessageParts {
  const texts: string[] = [];
  const refusals: string[] = [];
  const toolCalls: ChatToolCall[] = [];
  for (const item of output) {
    const record = item as Record<string, unknown>;
    if (item.type === 'function_call') {
      toolCalls.push({
        id: String(record.call_id),
        type: 'function',
        function: {
          name: String(record.name),
          arguments: String(record.arguments ?? ''),
        },
      });
    } else if (item.type === 'message' && Array.isArray(record.content)) {
      for (const part of record.content as Array<Record<string, unknown>>) {
        if (part.type === 'output_text' && typeof part.text === 'string')
          texts.push(part.text);
        if (part.type === 'refusal' && typeof part.refusal === 'string')
          refusals.push(part.refusal);
      }
    }
  }
  return {
    content: texts.length > 0 ? texts.join('') : null,
    refusal: refusals.length > 0 ? refusals.join('') : null,
    toolCalls,
  };
}
