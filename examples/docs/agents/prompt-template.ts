import { Agent } from '@baton/agents';

// The template lives on the OpenAI platform; the function fills its variables from the run's context.
export const weather = new Agent<{ city: string }>({
  name: 'Weather',
  prompt: (runContext) => ({
    promptId: 'pmpt_123',
    version: '2',
    variables: { city: runContext.context.city },
  }),
});
