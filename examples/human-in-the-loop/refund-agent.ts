import { Agent, tool } from '@baton/agents';
import { z } from 'zod';

/** Refunds above this many dollars wait for a person; smaller ones go through at once. */
export const APPROVAL_LIMIT = 100;

/** The shop's orders, by number: what each one cost. */
export const ORDERS: Record<string, { item: string; total: number }> = {
  '1001': { item: 'USB-C cable', total: 12.5 },
  '1234': { item: 'noise-cancelling headphones', total: 249 },
  '4321': { item: 'standing desk', total: 480 },
};

/** How the example shows a dollar amount. */
export function dollars(amount: number): string {
  return `$${amount.toFixed(2)}`;
}

/** What the refund tool is given: the order to refund in full. */
export interface RefundInput {
  orderId: string;
}

/**
 * The support agent and its `refund` tool. `onRefund` hears of every refund actually issued, so the program (and
 * its tests) can show that an approved refund runs once.
 */
export function createSupportAgent(
  onRefund: (orderId: string, amount: number) => void,
): Agent {
  const refund = tool({
    name: 'refund',
    description:
      'Refunds an order in full to the card it was paid with. Refunds above ' +
      `${dollars(APPROVAL_LIMIT)} wait for a support lead's approval.`,
    parameters: z.object({
      orderId: z.string().describe('The order number, such as 1234'),
    }),
    // Decided per call from the parsed arguments: only large refunds stop the run for a person.
    needsApproval: (_runContext, { orderId }) =>
      (ORDERS[orderId]?.total ?? 0) > APPROVAL_LIMIT,
    execute: ({ orderId }) => {
      const order = ORDERS[orderId];
      if (!order) return `There is no order ${orderId}.`;
      onRefund(orderId, order.total);
      return `Refunded ${dollars(order.total)} for order ${orderId} (${order.item}).`;
    },
  });
  return new Agent({
    name: 'Support agent',
    instructions:
      'You help Acme Shop customers. When a customer asks for a refund, call `refund` with the order number. ' +
      'Then tell the customer, in one or two sentences, what happened.',
    tools: [refund],
  });
}
