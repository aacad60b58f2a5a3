import { tool } from '@baton/agents';
// zod 3 schemas work too: from the `zod` 3 package, or from `zod/v3` inside zod 4.
import { z } from 'zod/v3';

export const searchDocs = tool({
  name: 'search_docs',
  description: 'Search the product documentation.',
  parameters: z.object({
    query: z.string(),
    limit: z.number().int().optional(),
  }),
  execute: ({ query, limit }) =>
    `Top ${limit ?? 3} results for "${query}": ...`,
});
