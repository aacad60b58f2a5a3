import { tool } from '@baton/agents';
import { z } from 'zod';

// Strict mode cannot describe free-form keys, so a record needs `strict: false`.
export const tagFile = tool({
  name: 'tag_file',
  description: 'Set tags on a file.',
  parameters: z.object({
    path: z.string(),
    tags: z.record(z.string(), z.string()),
  }),
  strict: false,
  execute: ({ path, tags }) =>
    `Tagged ${path} with ${Object.keys(tags).length} tags.`,
});
