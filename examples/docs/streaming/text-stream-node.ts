import { pipeline } from 'node:stream/promises';
import { Agent, run } from '@baton/agents';

const agent = new Agent({ name: 'Poet' });
const result = await run(agent, 'Write a limerick about TypeScript.', {
  stream: true,
});

// Only the text, as a Node.js Readable.
await pipeline(
  result.toTextStream({ compatibleWithNodeStreams: true }),
  process.stdout,
  { end: false },
);
await result.completed; // rejects if the run failed
process.stdout.write('\n');
