import { Agent, tool } from '@baton/agents';
import { z } from 'zod';

const getTime = tool({
  name: 'get_time',
  description: 'The current time in a time zone.',
  parameters: z.object({
    timeZone: z.string().describe('An IANA zone, such as Europe/Paris.'),
  }),
  execute: ({ timeZone }) =>
    new Date().toLocaleTimeString('en-GB', { timeZone }),
});

export const assistant = new Agent({
  name: 'Assistant',
  instructions:
    'You help people plan their day. Use get_time when a question depends on the time.',
  model: 'gpt-4.1-mini',
  modelSettings: { temperature: 0.3 },
  tools: [getTime],
});
