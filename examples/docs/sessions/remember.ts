import { Agent, MemorySession, run } from '@baton/agents';

const agent = new Agent({
  name: 'Assistant',
  instructions: 'Answer in one sentence.',
});
// One session per conversation; its id is random unless you give one.
const session = new MemorySession({ sessionId: 'conversation-42' });

await run(agent, 'My favourite number is 7.', { session });
const result = await run(agent, 'What is my favourite number?', { session });
console.log(result.finalOutput);

// The history: both questions, both answers, as Responses API items.
console.log(await session.getItems());
