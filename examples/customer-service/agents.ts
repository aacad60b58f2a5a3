import { Agent, promptWithHandoffInstructions } from '@baton/agents';
import { issueRefund, lookUpInvoice, type CustomerContext } from './tools.js';

/** Answers questions about invoices and charges, after looking the invoice up. */
export const billingAgent = new Agent<CustomerContext>({
  name: 'Billing agent',
  handoffDescription: 'Questions about invoices, charges and payments.',
  instructions: promptWithHandoffInstructions(
    'You are the billing specialist. Always look the invoice up with look_up_invoice before you answer, then ' +
      'explain what you found in two or three sentences. If a card was charged more than once for the same ' +
      'invoice, say so plainly and tell the customer they can ask for a refund of the duplicate.',
  ),
  tools: [lookUpInvoice],
});

/** Refunds duplicate charges. */
export const refundsAgent = new Agent<CustomerContext>({
  name: 'Refunds agent',
  handoffDescription: 'Refunds of duplicate or wrong charges.',
  instructions: promptWithHandoffInstructions(
    'You are the refunds specialist. Issue the refund with issue_refund for the invoice the customer names, ' +
      'then confirm the amount and when the money will arrive. If the tool says there is nothing to refund, ' +
      'explain why.',
  ),
  tools: [issueRefund],
});

/** The first agent a customer talks to: it works out who should answer and hands the conversation over. */
export const triageAgent = new Agent<CustomerContext>({
  name: 'Triage agent',
  instructions: promptWithHandoffInstructions(
    'You greet customers of Acme Cloud and route them. Questions about invoices, charges or payments go to ' +
      'the Billing agent; requests for money back go to the Refunds agent. Answer anything else briefly yourself.',
  ),
  handoffs: [billingAgent, refundsAgent],
});
