import { Agent, run } from '@baton/agents';

const agent = new Agent({ name: 'Assistant', instructions: 'Answer briefly.' });

const first = await run(
  agent,
  'My name is Ada. What is the capital of France?',
);
console.log(first.finalOutput);
console.log(
  `${first.newItems.length} items, ${first.usage.totalTokens} tokens`,
);

// `history` is the input plus everything the run generated: add the next message and run again.
const second = await run(agent, [
  ...first.history,
  { role: 'user', content: 'And what is my name?' },
]);
console.log(second.finalOutput);
