import { Agent, run } from '@baton/agents';

const agent = new Agent({
  name: 'Assistant',
  instructions: 'You are a helpful assistant. Answer in one or two sentences.',
});

const result = await run(agent, 'What is a relay baton for?');
console.log(result.finalOutput);
