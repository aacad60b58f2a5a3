import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Agent, UserError, run, tool } from '@baton/agents';
import { ScriptedModel } from '@baton/testing';

// Options of @openai/agents that Baton does not implement yet. Ignoring them would run code that relies on them
// (a schema check, say) without its safeguard, so Baton must refuse them, when the tool or agent is
// made or at the latest before the first model call (the model here has no reply to give).
async function refusal(attempt: () => Promise<unknown>): Promise<unknown> {
  try {
    await attempt();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('options Baton does not support yet', () => {
  it('refuses a tool with outputSchema with a UserError that names the option', async () => {
    const model = new ScriptedModel([]);
    const error = await refusal(async () => {
      const refund = tool({
        name: 'refund',
        description: 'Refunds an order',
        parameters: z.object({ orderId: z.string() }),
        execute: ({ orderId }) => `Refunded ${orderId}`,
        outputSchema: z.object({ refunded: z.boolean() }),
      } as Parameters<typeof tool>[0]);
      await run(new Agent({ name: 'Support', model, tools: [refund] }), 'Hi');
    });
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/outputSchema/);
    expect(model.requests).toHaveLength(0);
  });
});
