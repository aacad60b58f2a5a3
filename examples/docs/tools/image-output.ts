import { readFile } from 'node:fs/promises';
import { tool } from '@baton/agents';
import { z } from 'zod';

// Structured outputs, in the @openai/agents shapes, reach the model as content parts (input_image, input_file,
// input_text) instead of JSON text, so the model sees the picture and reads the document.
export const showChart = tool({
  name: 'show_chart',
  description: 'The sales chart for a quarter, as an image.',
  parameters: z.object({ quarter: z.enum(['Q1', 'Q2', 'Q3', 'Q4']) }),
  execute: async ({ quarter }) => ({
    type: 'image' as const,
    image: {
      data: await readFile(`charts/${quarter}.png`),
      mediaType: 'image/png',
    },
    detail: 'high' as const,
  }),
});

export const fetchContract = tool({
  name: 'fetch_contract',
  description: "A customer's signed contract, with a short summary.",
  parameters: z.object({ customerId: z.string() }),
  execute: async ({ customerId }) => [
    { type: 'text' as const, text: `Contract of customer ${customerId}:` },
    {
      type: 'file' as const,
      file: {
        data: await readFile(`contracts/${customerId}.pdf`),
        mediaType: 'application/pdf',
        filename: `${customerId}.pdf`,
      },
    },
  ],
});
