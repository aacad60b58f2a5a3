import { tool, type RunContext } from '@baton/agents';
import { z } from 'zod';
import { invoicesOf } from './invoices.js';

/**
 * What the demo's tools know without asking the model: who the customer is. It is passed to the run as `context`
 * and never sent to the model, so the model cannot look up someone else's invoices.
 */
export interface CustomerContext {
  customerId: string;
}

/** Looks up the customer's last or previous invoice, with its lines and the card charges made for it. */
export const lookUpInvoice = tool({
  name: 'look_up_invoice',
  description:
    "Look up one of the customer's invoices, with its lines and every card charge made for it.",
  parameters: z.object({
    which: z
      .enum(['last', 'previous'])
      .describe(
        'The most recent invoice ("last") or the one before it ("previous").',
      ),
  }),
  execute: ({ which }, runContext: RunContext<CustomerContext>) => {
    const invoices = invoicesOf(runContext.context.customerId);
    const invoice = invoices[which === 'last' ? 0 : 1];
    if (!invoice) return `The customer has no ${which} invoice.`;
    return {
      invoiceId: invoice.invoiceId,
      issuedOn: invoice.issuedOn,
      total: money(invoice.total, invoice.currency),
      status: invoice.status,
      charges: invoice.charges.map(
        (charge) =>
          `${money(charge.amount, invoice.currency)} on ${charge.date} (${charge.chargeId})`,
      ),
    };
  },
});

/** Refunds the duplicate charges of one of the customer's invoices (the demo only reports what it would do). */
export const issueRefund = tool({
  name: 'issue_refund',
  description:
    'Refund the duplicate card charges of one invoice. Use the invoice id, such as INV-1042.',
  parameters: z.object({
    invoiceId: z.string().describe('The invoice to refund, such as INV-1042.'),
    reason: z
      .string()
      .describe('Why the customer wants the refund, in a few words.'),
  }),
  execute: ({ invoiceId, reason }, runContext: RunContext<CustomerContext>) => {
    const invoices = invoicesOf(runContext.context.customerId);
    const invoice = invoices.find(
      (candidate) => candidate.invoiceId === invoiceId.trim().toUpperCase(),
    );
    if (!invoice) {
      // Told to the model, which can retry with one of the ids it is given.
      return `No invoice ${invoiceId} for this customer. Their invoices: ${invoices.map((i) => i.invoiceId).join(', ')}.`;
    }
    const duplicates = invoice.charges.slice(1);
    if (duplicates.length === 0)
      return `Invoice ${invoice.invoiceId} was charged once; there is nothing to refund.`;
    const amount = duplicates.reduce((sum, charge) => sum + charge.amount, 0);
    return {
      refundId: `RF-${invoice.invoiceId.slice(4)}`,
      invoiceId: invoice.invoiceId,
      refunded: money(amount, invoice.currency),
      charges: duplicates.map((charge) => charge.chargeId),
      reason,
      arrivesWithin: '5-10 business days',
    };
  },
});

function money(amount: number, currency: string): string {
  return `${amount.toFixed(2)} ${currency}`;
}
