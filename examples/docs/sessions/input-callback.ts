import {
  Agent,
  type AgentInputItem,
  MemorySession,
  Runner,
} from '@baton/agents';

const agent = new Agent({ name: 'Assistant' });
const session = new MemorySession();

const runner = new Runner({
  // Read only the latest 40 items of each session.
  sessionSettings: { limit: 40 },
  // Send the latest 20 of them, a note of the app's, then the new input.
  sessionInputCallback: (history, newItems): AgentInputItem[] => [
    ...history.slice(-20),
    { role: 'user', content: `Today is ${new Date().toDateString()}.` },
    ...newItems,
  ],
});

// The note and the question are the run's own items: they are added to the session with the answer.
const result = await runner.run(agent, 'What day is it?', { session });
console.log(result.finalOutput);
