// Before: import { Agent, run, tool, RECOMMENDED_PROMPT_PREFIX } from '@openai/agents';
//         import { removeAllTools } from '@openai/agents-core/extensions';
import {
  Agent,
  handoff,
  RECOMMENDED_PROMPT_PREFIX,
  removeAllTools,
  run,
  tool,
} from '@baton/agents';
import { z } from 'zod';

const lookUpOrder = tool({
  name: 'look_up_order',
  description: 'The status of an order.',
  parameters: z.object({ orderId: z.string() }),
  execute: ({ orderId }) => `Order ${orderId} has shipped.`,
});

const orders = new Agent({
  name: 'Orders agent',
  handoffDescription: 'Order status questions.',
  instructions: `${RECOMMENDED_PROMPT_PREFIX}\nAnswer questions about orders.`,
  tools: [lookUpOrder],
});

const triage = Agent.create({
  name: 'Triage agent',
  instructions: `${RECOMMENDED_PROMPT_PREFIX}\nSend order questions to the orders agent.`,
  handoffs: [handoff(orders, { inputFilter: removeAllTools })],
});

const result = await run(triage, 'Where is order 1234?', { stream: true });
for await (const event of result) {
  if (
    event.type === 'raw_model_stream_event' &&
    event.data.type === 'output_text_delta'
  ) {
    process.stdout.write(event.data.delta);
  }
}
console.log(`\n(${result.lastAgent.name}, ${result.usage.totalTokens} tokens)`);
