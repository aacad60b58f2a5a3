import { Agent, run, tool } from '@baton/agents';
import { z } from 'zod';

// `true` asks for every call; a function decides per call, from the parsed arguments.
const refund = tool({
  name: 'refund',
  description: 'Refunds an amount to the card an order was paid with.',
  parameters: z.object({ orderId: z.string(), amount: z.number() }),
  needsApproval: async (_runContext, { amount }) => amount > 100,
  execute: ({ orderId, amount }) => `Refunded ${amount} for ${orderId}.`,
});

const support = new Agent({
  name: 'Support agent',
  instructions: 'Help customers with refunds.',
  tools: [refund],
});

const result = await run(support, 'Refund 250 for order 1234, please.');

for (const item of result.interruptions) {
  // The call waits: its tool, its arguments as the model wrote them, the agent that made it.
  console.log(item.name, item.arguments, item.agent.name, item.rawItem.call_id);
  result.state.approve(item);
}

// The same turn goes on: the approved call runs, then the model answers.
const resumed = await run(support, result.state);
console.log(resumed.finalOutput);
