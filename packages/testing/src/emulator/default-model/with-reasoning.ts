import type { ReasoningItem } from '@baton/core';
import { replyToOutput, type EmulatorReplyValue } from '../emulator-reply.js';
import type { ConversationView } from './conversation-view.js';

/**
 * Puts a reasoning item with a summary before the default model's reply when the request asks for one
 * (`reasoning.summary`), as reasoning models do; with `include: ['reasoning.encrypted_content']` it also carries
 * an (emulated) encrypted content. The summary says what the reply does, so a test can check it reached the caller.
 * @internal
 */
export function withReasoning(
  view: ConversationView,
  reply: EmulatorReplyValue,
): EmulatorReplyValue {
  if (!view.reasoning) return reply;
  const text = `**Deciding how to answer**\n\n${decision(view, reply)}`;
  const reasoning: ReasoningItem = {
    type: 'reasoning',
    summary: [{ type: 'summary_text', text }],
  };
  if (view.reasoning.encrypted) {
    reasoning.encrypted_content = `emulated:${Buffer.from(text).toString('base64')}`;
  }
  return { output: [reasoning, ...replyToOutput(reply)] };
}

function decision(view: ConversationView, reply: EmulatorReplyValue): string {
  if ('toolCalls' in reply) {
    const names = reply.toolCalls.map((call) => `\`${call.name}\``).join(', ');
    return `The request needs ${names}, so I will call it first.`;
  }
  if (view.trailingToolResults.length > 0)
    return 'The tool results are in, so I will answer from them.';
  return 'I can answer this directly.';
}
