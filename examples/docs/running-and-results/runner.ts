import { Agent, Runner } from '@baton/agents';

// A runner holds settings for all of its runs; `run()` uses a default one.
const runner = new Runner({
  model: 'gpt-4.1-mini', // for agents that do not name their own model
  modelSettings: { temperature: 0.2 }, // agents' settings win field by field
  maxTurns: 5,
  toolConcurrency: 4,
  unknownToolBehavior: 'return_error',
});

const agent = new Agent({ name: 'Assistant' });
const result = await runner.run(agent, 'Hello!', { maxTurns: 3 });
console.log(result.lastAgent.name, result.finalOutput);
