import { Agent, run, RunState, tool } from '@baton/agents';
import { z } from 'zod';

const refund = tool({
  name: 'refund',
  description: 'Refunds an order.',
  parameters: z.object({ orderId: z.string() }),
  needsApproval: true,
  execute: ({ orderId }) => `Order ${orderId} refunded.`,
});
const billing = new Agent({
  name: 'Billing',
  instructions: 'Refund orders when asked.',
  tools: [refund],
});
const support = new Agent({
  name: 'Support',
  instructions: 'Pass refund requests to billing.',
  tools: [billing.asTool({ toolName: 'billing', toolDescription: 'Billing.' })],
});

const first = await run(support, 'Please refund order 1234.');
// The sub-agent's refund waits for a person: the approval item surfaces on the parent run.
for (const item of first.interruptions)
  console.log(`${item.agent.name} wants to call ${item.name}`);

// Save the state if the decision takes a while; the waiting sub-agent is saved inside it.
const saved = first.state.toString();
const state = await RunState.fromString(support, saved);
state.approve(state.interruptions[0]!);

// Resuming the parent resumes the sub-agent where it stopped: the refund runs once, no model call is repeated.
const done = await run(support, state);
console.log(done.finalOutput);
