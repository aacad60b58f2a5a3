import type OpenAI from 'openai';
import { conversationsClient } from './conversations-client.js';

/**
 * Creates an empty conversation on the Conversations API (`POST /v1/conversations`) and returns its id, to give
 * to `new OpenAIConversationsSession({ conversationId })` or to a run's `conversationId`.
 * @param client - The `openai` client to use; default: the default client, else one built from `OPENAI_API_KEY`.
 * @example
 * const conversationId = await startOpenAIConversationsSession();
 * const session = new OpenAIConversationsSession({ conversationId });
 */
export async function startOpenAIConversationsSession(
  client?: OpenAI,
): Promise<string> {
  const resolved = await conversationsClient({ client });
  const conversation = await resolved.conversations.create({});
  return conversation.id;
}
