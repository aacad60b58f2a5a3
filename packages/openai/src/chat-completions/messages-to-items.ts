import type {
  AgentOutputItem,
  AssistantMessageItem,
  FunctionCallItem,
  OutputContent,
  ReasoningItem,
} from '@baton/core';
import { generateCallId } from './generate-call-id.js';

/**
 * @internal The parts of a Chat Completions assistant message (or its accumulated stream) that become items.
 * `reasoning_content` is not in OpenAI's schema: compatible servers (xAI, DeepSeek, vLLM) send reasoning there.
 */
export interface ChatAssistantOutput {
  content?: string | null;
  refusal?: string | null;
  reasoning_content?: string | null;
  tool_calls?: Array<{
    id?: string;
    type?: string;
    function?: { name?: string; arguments?: string };
  }> | null;
}

/**
 * @internal Turns an assistant message into canonical output items, in the order the model produced them:
 * reasoning, the message (text and refusal), then one `function_call` per tool call, whose `call_id` is the tool
 * call's id (a generated one when the server sent none).
 */
export function messageToItems(
  message: ChatAssistantOutput,
): AgentOutputItem[] {
  const items: AgentOutputItem[] = [];
  if (message.reasoning_content) {
    const reasoning: ReasoningItem = {
      type: 'reasoning',
      summary: [],
      content: [{ type: 'reasoning_text', text: message.reasoning_content }],
    };
    items.push(reasoning);
  }
  const content: OutputContent[] = [];
  if (message.content)
    content.push({
      type: 'output_text',
      text: message.content,
      annotations: [],
    });
  if (message.refusal)
    content.push({ type: 'refusal', refusal: message.refusal });
  if (content.length > 0) {
    const assistant: AssistantMessageItem = {
      type: 'message',
      role: 'assistant',
      status: 'completed',
      content,
    };
    items.push(assistant);
  }
  for (const call of message.tool_calls ?? []) {
    // Custom (free-form) tool calls have no `function`; Baton offers only function tools on this API.
    if (call.type !== undefined && call.type !== 'function') continue;
    const item: FunctionCallItem = {
      type: 'function_call',
      call_id: call.id || generateCallId(),
      name: call.function?.name ?? '',
      arguments: call.function?.arguments ?? '',
      status: 'completed',
    };
    items.push(item);
  }
  return items;
}
