import { Agent, promptWithHandoffInstructions, run } from '@baton/agents';

const billing = new Agent({
  name: 'Billing agent',
  // Goes into the description of the handoff tool the triage agent sees.
  handoffDescription: 'Questions about invoices, charges and payments.',
  instructions: 'You answer billing questions.',
});

const refunds = new Agent({
  name: 'Refunds agent',
  handoffDescription: 'Refunds of wrong or duplicate charges.',
  instructions: 'You issue refunds.',
});

const triage = new Agent({
  name: 'Triage agent',
  // Tells the model that handoffs exist and should be invisible to the customer.
  instructions: promptWithHandoffInstructions(
    'Route each customer to the right specialist.',
  ),
  // The model sees two tools: transfer_to_Billing_agent and transfer_to_Refunds_agent.
  handoffs: [billing, refunds],
});

const result = await run(
  triage,
  'A billing question: why was I charged twice?',
);
console.log(`${result.lastAgent.name}: ${result.finalOutput}`);
