import { tool } from '@baton/agents';

export const convert = tool({
  name: 'convert_currency',
  description: 'Convert an amount between currencies.',
  parameters: {
    type: 'object',
    properties: {
      amount: { type: 'number' },
      from: { type: 'string', description: 'ISO code, such as EUR.' },
      to: { type: 'string', description: 'ISO code, such as USD.' },
    },
    required: ['amount', 'from', 'to'],
    additionalProperties: false,
  },
  // With a JSON schema, `input` is a checked Record<string, unknown>.
  execute: (input) =>
    `${String(input.amount)} ${String(input.from)} is about ... ${String(input.to)}`,
});
