import { tool } from '@baton/agents';
import { z } from 'zod';

export const getWeather = tool({
  name: 'get_weather',
  description: 'The current weather in a city.',
  parameters: z.object({
    city: z.string().describe('The city, such as Paris.'),
    unit: z.enum(['celsius', 'fahrenheit']).optional(),
  }),
  // `input` is typed from the schema: { city: string; unit?: 'celsius' | 'fahrenheit' }.
  execute: async ({ city, unit = 'celsius' }) => {
    return { city, temperature: unit === 'celsius' ? 21 : 70, unit };
  },
});
