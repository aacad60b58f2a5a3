import {
  Agent,
  ToolGuardrailFunctionOutputFactory,
  defineToolInputGuardrail,
  defineToolOutputGuardrail,
  tool,
} from '@baton/agents';
import { z } from 'zod';

// Before the tool runs: large refunds go to a person, and the model is told so instead.
const refundLimit = defineToolInputGuardrail({
  name: 'refund limit',
  run: ({ toolCall }) => {
    const { amount } = JSON.parse(toolCall.arguments) as { amount: number };
    return amount > 1000
      ? ToolGuardrailFunctionOutputFactory.rejectContent(
          'Refunds over 1,000 EUR need a manager; tell the customer one will call.',
        )
      : ToolGuardrailFunctionOutputFactory.allow();
  },
});

// After it ran: what the model sees never holds a card number. throwException() would end the run instead.
const noCardNumbers = defineToolOutputGuardrail({
  name: 'no card numbers',
  run: ({ output }) =>
    /\b(?:\d[ -]?){13,16}\b/.test(String(output))
      ? ToolGuardrailFunctionOutputFactory.rejectContent(
          'The refund went through; card details are withheld.',
        )
      : ToolGuardrailFunctionOutputFactory.allow(),
});

export const issueRefund = tool({
  name: 'issue_refund',
  description: 'Refund an amount in EUR to the card on file.',
  parameters: z.object({ amount: z.number() }),
  execute: ({ amount }) =>
    `Refunded ${amount} EUR to card 4111 1111 1111 1111.`,
  inputGuardrails: [refundLimit],
  outputGuardrails: [noCardNumbers],
});

export const refunds = new Agent({
  name: 'Refunds agent',
  tools: [issueRefund],
});
