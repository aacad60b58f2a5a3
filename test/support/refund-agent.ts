import { appendFileSync } from 'node:fs';
import { z } from 'zod';
import { Agent, tool } from '@baton/agents';

/**
 * A billing agent whose `refund` needs approval and whose `lookup` does not. Every refund actually issued is
 * appended to `refundLog`, a file, so a test can count refunds across processes.
 */
export function refundAgent(refundLog: string): Agent {
  const refund = tool({
    name: 'refund',
    description: 'Refunds an order',
    parameters: z.object({ orderId: z.string() }),
    needsApproval: true,
    execute: ({ orderId }) => {
      appendFileSync(refundLog, `refund ${orderId}\n`);
      return `refunded ${orderId}`;
    },
  });
  const lookup = tool({
    name: 'lookup',
    description: 'Looks an order up',
    parameters: z.object({ orderId: z.string() }),
    execute: ({ orderId }) => `order ${orderId}: paid`,
  });
  return new Agent({ name: 'Billing', tools: [refund, lookup] });
}
