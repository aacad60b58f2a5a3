import { z } from 'zod';
import { Agent, tool } from '@baton/core';

/** A small triage → billing/refunds pipeline for wire tests, recording which tools ran. */
export function customerServiceAgents() {
  const calls: Array<{ tool: string; input: unknown }> = [];
  const lookUpInvoice = tool({
    name: 'look_up_invoice',
    description: 'Look up an invoice by its id',
    parameters: z.object({
      invoiceId: z.string(),
      includeLines: z.boolean().optional(),
    }),
    execute: (input) => {
      calls.push({ tool: 'look_up_invoice', input });
      return { invoiceId: input.invoiceId, status: 'paid', amount: 42 };
    },
  });
  const issueRefund = tool({
    name: 'issue_refund',
    description: 'Refund an order',
    parameters: z.object({
      orderId: z.string(),
      reason: z.enum(['damaged', 'late', 'other']),
    }),
    execute: (input) => {
      calls.push({ tool: 'issue_refund', input });
      return `Refund issued for ${input.orderId}`;
    },
  });
  const billing = new Agent({
    name: 'Billing agent',
    handoffDescription: 'Invoices and charges',
    instructions:
      'You answer billing questions. Look invoices up before answering.',
    tools: [lookUpInvoice],
  });
  const refunds = new Agent({
    name: 'Refunds agent',
    handoffDescription: 'Refunds for orders',
    instructions: 'You issue refunds.',
    tools: [issueRefund],
  });
  const triage = new Agent({
    name: 'Triage agent',
    instructions: 'Route the customer to the right specialist.',
    handoffs: [billing, refunds],
  });
  return { triage, billing, refunds, calls };
}
