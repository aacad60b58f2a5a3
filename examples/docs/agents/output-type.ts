import { Agent, run } from '@baton/agents';
import { z } from 'zod';

const Ticket = z.object({
  category: z.enum(['billing', 'bug', 'other']),
  summary: z.string(),
  urgent: z.boolean(),
});

const classifier = new Agent({
  name: 'Ticket classifier',
  instructions: 'Classify the support request.',
  outputType: Ticket,
});

const result = await run(
  classifier,
  'The app crashes every time I open the invoices page!',
);
// Typed as { category: 'billing' | 'bug' | 'other'; summary: string; urgent: boolean } | undefined.
const ticket = result.finalOutput;
console.log(ticket?.category, ticket?.urgent);

// The same with a plain JSON schema; the final output is then `unknown`.
export const jsonClassifier = new Agent({
  name: 'Ticket classifier (JSON schema)',
  outputType: {
    type: 'json_schema',
    name: 'ticket',
    schema: {
      type: 'object',
      properties: {
        category: { type: 'string', enum: ['billing', 'bug', 'other'] },
      },
      required: ['category'],
      additionalProperties: false,
    },
  },
});
