import { Agent, tool } from '@baton/agents';
import { z } from 'zod';

const lookUpOrder = tool({
  name: 'look_up_order',
  description: 'The status of an order.',
  parameters: z.object({ orderId: z.string() }),
  execute: ({ orderId }) => `Order ${orderId} shipped on 2025-06-01.`,
});

// The tool's output is the final output: no second model call to rephrase it.
export const statusBot = new Agent({
  name: 'Order status',
  tools: [lookUpOrder],
  toolUseBehavior: 'stop_on_first_tool',
});

// Only some tools end the run; others go back to the model as usual.
export const mixed = new Agent({
  name: 'Orders',
  tools: [lookUpOrder],
  toolUseBehavior: { stopAtToolNames: ['look_up_order'] },
});

// Or decide in code, from the results of the turn's tool calls.
export const custom = new Agent({
  name: 'Orders (custom)',
  tools: [lookUpOrder],
  toolUseBehavior: (_runContext, results) => {
    const shipped = results.find(
      (result) =>
        typeof result.output === 'string' && result.output.includes('shipped'),
    );
    return shipped
      ? { isFinalOutput: true, finalOutput: shipped.output }
      : { isFinalOutput: false };
  },
});
