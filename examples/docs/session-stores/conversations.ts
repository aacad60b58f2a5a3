import {
  Agent,
  OpenAIConversationsSession,
  run,
  startOpenAIConversationsSession,
} from '@baton/agents';

const agent = new Agent({ name: 'Assistant', instructions: 'Be brief.' });

// The conversation is created on OpenAI's side on first use...
const session = new OpenAIConversationsSession();
await run(agent, 'My name is Ada.', { session });
console.log(await session.getSessionId()); // conv_...

// ...or beforehand, to hand its id to other instances.
const conversationId = await startOpenAIConversationsSession();
const elsewhere = new OpenAIConversationsSession({ conversationId });
await run(agent, 'Hello', { session: elsewhere });

await session.clearSession(); // deletes the conversation; the next use starts a new one
