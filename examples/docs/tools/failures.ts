import { tool, type RunContext } from '@baton/agents';
import { z } from 'zod';

export const chargeCard = tool({
  name: 'charge_card',
  description: 'Charge the customer’s card.',
  parameters: z.object({ amountCents: z.number().int().positive() }),
  // The signal aborts when the timeout passes or the run is aborted: hand it on.
  execute: async ({ amountCents }, _runContext, { signal }) => {
    const response = await fetch('https://payments.example.com/charges', {
      method: 'POST',
      body: JSON.stringify({ amountCents }),
      signal,
    });
    if (!response.ok)
      throw new Error(`payment service answered ${response.status}`);
    return await response.json();
  },
  timeoutMs: 10_000,
  // What the model reads when execute throws or times out.
  errorFunction: (_runContext: RunContext, error) =>
    `The card was not charged (${error instanceof Error ? error.message : String(error)}). ` +
    'Tell the customer and do not retry.',
});

// `errorFunction: null`: a failure ends the run with a ToolCallError instead of reaching the model.
export const mustSucceed = tool({
  name: 'write_audit_log',
  description: 'Record what was done.',
  parameters: z.object({ entry: z.string() }),
  errorFunction: null,
  execute: async ({ entry }) => {
    await appendToAuditLog(entry);
    return 'recorded';
  },
});

async function appendToAuditLog(_entry: string): Promise<void> {}
