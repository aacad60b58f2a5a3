import { Agent, Runner, tool } from '@baton/agents';
import { z } from 'zod';

const fetchPage = tool({
  name: 'fetch_page',
  description: 'Fetch a web page as text.',
  parameters: z.object({ url: z.string() }),
  execute: async ({ url }, _runContext, { signal }) =>
    (await fetch(url, { signal })).text(),
});

const researcher = new Agent({
  name: 'Researcher',
  tools: [fetchPage],
  // Let the model ask for several calls in one response (the API's default is to allow it).
  modelSettings: { parallelToolCalls: true },
});

// Baton runs all calls of a response at once; cap it when a tool hits a rate-limited service.
const runner = new Runner({ toolConcurrency: 2 });
const result = await runner.run(
  researcher,
  'Compare the front pages of example.com and example.org.',
);
console.log(result.finalOutput);
