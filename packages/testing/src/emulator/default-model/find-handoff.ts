import type { ConversationView, OfferedTool } from './conversation-view.js';
import { wordsMatch, wordsOf } from './words-of.js';

const HANDOFF_PREFIX = 'transfer_to_';

/** Whether a function tool is a handoff (Baton and the Agents SDK name them `transfer_to_<agent>`). @internal */
export function isHandoffTool(name: string): boolean {
  return name.startsWith(HANDOFF_PREFIX);
}

/**
 * The handoff the last user message asks for: the offered `transfer_to_<name>` tool whose name (or a word of it)
 * the message mentions, best match first. Handoffs already made since that message are skipped, so a
 * conversation cannot bounce between agents.
 * @internal
 */
export function findHandoff(view: ConversationView): OfferedTool | undefined {
  const userWords = wordsOf(view.lastUserText);
  const userText = view.lastUserText.toLowerCase();
  let best: { tool: OfferedTool; score: number } | undefined;
  for (const tool of view.tools) {
    if (!isHandoffTool(tool.name) || view.calledSinceLastUser.has(tool.name))
      continue;
    const target = tool.name.slice(HANDOFF_PREFIX.length);
    const phrase = target.replace(/_/g, ' ').toLowerCase();
    let score = userText.includes(phrase) ? 100 : 0;
    for (const word of wordsOf(phrase)) {
      if (userWords.some((userWord) => wordsMatch(userWord, word))) score += 1;
    }
    if (score > 0 && (!best || score > best.score)) best = { tool, score };
  }
  return best?.tool;
}
