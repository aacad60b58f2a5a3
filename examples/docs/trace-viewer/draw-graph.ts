import { Agent, drawGraph, tool } from '@baton/agents';
import { z } from 'zod';

const lookupInvoice = tool({
  name: 'lookup_invoice',
  description: 'Finds an invoice by order id.',
  parameters: z.object({ orderId: z.string() }),
  execute: async ({ orderId }) => `Invoice for order ${orderId}: paid.`,
});

const billing = new Agent({ name: 'Billing', tools: [lookupInvoice] });
const refunds = new Agent({ name: 'Refunds' });
const triage = new Agent({ name: 'Triage', handoffs: [billing, refunds] });
billing.handoffs = [triage];

// Mermaid text: paste it into a Mermaid code block, or commit it to see graph changes in review.
console.log(drawGraph(triage));
