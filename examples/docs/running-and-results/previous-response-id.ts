import { Agent, run } from '@baton/agents';

const agent = new Agent({ name: 'Assistant', instructions: 'Answer briefly.' });

const first = await run(agent, 'Remember the number 42.');
// The Responses API stored the conversation; send only the new message and point at the stored response.
const second = await run(agent, 'Which number did I ask you to remember?', {
  previousResponseId: first.lastResponseId,
});
console.log(second.finalOutput);
