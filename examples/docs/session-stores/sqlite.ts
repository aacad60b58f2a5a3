import { Agent, run, SQLiteSession } from '@baton/agents';

const agent = new Agent({ name: 'Assistant', instructions: 'Be brief.' });

// One file for every conversation of the app; each session is one conversation in it.
const session = new SQLiteSession({
  path: '.baton/sessions.db', // the default; ':memory:' keeps nothing after close
  sessionId: 'user-42',
});

await run(agent, 'My name is Ada.', { session });
// A later run, in this process or after a restart, starts from the stored history.
const result = await run(agent, 'What is my name?', { session });
console.log(result.finalOutput);

console.log(await session.getItems(2)); // the latest two items, oldest first
await session.close();
