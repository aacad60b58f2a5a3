import { Agent, run } from '@baton/agents';

const agent = new Agent({ name: 'Assistant' });

// Chained responses: each run sends only its new input and points at the last stored response.
const first = await run(agent, 'My name is Ada.');
const second = await run(agent, 'What is my name?', {
  previousResponseId: first.lastResponseId,
});
console.log(second.finalOutput);

// A stored conversation (made with the Conversations API): every request of the run belongs to it.
declare const conversationId: string; // conv_...
const third = await run(agent, 'And what did I ask first?', {
  conversationId,
});
console.log(third.finalOutput);
