import { Agent, run, RunState } from '@baton/agents';

interface AppContext {
  userId: string;
  db: { query(sql: string): Promise<unknown[]> };
}

const agent = new Agent<AppContext>({ name: 'Assistant' });
const db: AppContext['db'] = { query: async () => [] };

const result = await run(agent, 'What did I order?', {
  context: { userId: 'u-42', db },
});

// A database client is not JSON: leave the context out and hand it back on restore.
const text = result.state.toString({ includeContext: false });
const state = await RunState.fromString<AppContext>(agent, text, {
  context: { userId: 'u-42', db },
});
console.log(state.context.context.userId);
