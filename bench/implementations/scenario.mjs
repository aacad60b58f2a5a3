/**
 * The benchmark scenario, shared by every implementation so that they send byte-for-byte comparable requests:
 * a triage agent with an input guardrail (a homework checker on the small model, see `homework-guardrail.mjs`)
 * that hands off to a billing or a refund specialist, each with one function tool.
 *
 * Against the emulator's default model one run is always four model calls: the guardrail's checker and triage
 * in parallel (triage calls `transfer_to_<specialist>`), the specialist calls its tool, then answers by quoting
 * the tool's output.
 */

/** Model calls per run: the guardrail's checker, triage, and the specialist's two. */
export const REQUESTS_PER_RUN = 4;

/** The model name sent with every request. */
export const MODEL = 'gpt-4.1';

/** The agents, as plain data; each implementation builds its own objects from them. */
export const AGENTS = {
  triage: {
    name: 'triage_agent',
    instructions:
      'You are the front desk of an online shop. Route the customer to the right specialist.',
  },
  billing: {
    name: 'billing_agent',
    instructions:
      'You handle invoices and charges. Look the invoice up before answering.',
    handoffDescription: 'Questions about invoices, charges and payments.',
  },
  refunds: {
    name: 'refund_agent',
    instructions:
      'You handle refunds. Issue the refund, then confirm it to the customer.',
    handoffDescription: 'Refund requests for delivered orders.',
  },
};

/** The specialists' tools: name, description, JSON schema of the arguments, and what `execute` returns. */
export const TOOLS = {
  billing: {
    name: 'lookup_invoice',
    description:
      'Look up an invoice by its id and return its amount and status.',
    properties: { invoice_id: { type: 'string' } },
    execute: (args) =>
      `Invoice ${args.invoice_id}: 42.00 USD, paid on 2025-05-02.`,
  },
  refunds: {
    name: 'issue_refund',
    description: 'Refund an order and return the refund reference.',
    properties: { order_id: { type: 'string' }, reason: { type: 'string' } },
    execute: (args) =>
      `Refund R-${args.order_id} issued for order ${args.order_id} (${args.reason}).`,
  },
};

/**
 * The user messages, alternated run by run so both handoffs are exercised. Each names exactly one specialist's
 * topic: the emulator routes a handoff by the words of the last user message.
 */
export const INPUTS = [
  'I want a refund for order 1234, it arrived broken.',
  'Why is there a second billing charge on invoice INV-778?',
];

/** The user message of run number `index`. */
export function inputFor(index) {
  return INPUTS[index % INPUTS.length];
}

/** Whether `output` is the final answer the emulator gives after a tool result (anything else is a failed run). */
export function isExpectedOutput(output) {
  return (
    typeof output === 'string' && output.startsWith('Here is what I found: ')
  );
}

/** The JSON schema Baton sends for a tool's arguments (strict mode: all required, no extra properties). */
export function strictParameters(properties) {
  return {
    type: 'object',
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  };
}

/** The same arguments as a zod object schema, as users of Baton and of `@openai/agents` write tools. */
export function zodParameters(z, properties) {
  return z.object(
    Object.fromEntries(Object.keys(properties).map((key) => [key, z.string()])),
  );
}
