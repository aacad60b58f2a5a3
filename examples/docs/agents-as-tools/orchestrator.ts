import { Agent, run } from '@baton/agents';

const spanish = new Agent({
  name: 'Spanish translator',
  instructions: 'Translate the user message into Spanish.',
});
const french = new Agent({
  name: 'French translator',
  instructions: 'Translate the user message into French.',
});

const orchestrator = new Agent({
  name: 'Orchestrator',
  instructions:
    'Translate the message with your tools (call both at once), then give both translations.',
  tools: [
    spanish.asTool({
      toolName: 'to_spanish',
      toolDescription: 'Translates a text into Spanish.',
    }),
    french.asTool({
      toolName: 'to_french',
      toolDescription: 'Translates a text into French.',
    }),
  ],
});

const result = await run(orchestrator, 'Good morning, the baton is yours.');
console.log(result.finalOutput);
// The translators' model calls are counted in the orchestrator's usage.
console.log(`${result.usage.requests} model calls in all`);
