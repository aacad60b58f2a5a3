import { Agent, Runner, tool } from '@baton/agents';
import { z } from 'zod';

const lookUpInvoice = tool({
  name: 'look_up_invoice',
  description: 'Look up an invoice by id',
  parameters: z.object({ invoiceId: z.string() }),
  execute: ({ invoiceId }) => `${invoiceId} is paid`,
});
const billing = new Agent({ name: 'Billing agent', tools: [lookUpInvoice] });
const triage = new Agent({ name: 'Triage agent', handoffs: [billing] });

// Every agent of the runner's runs...
const runner = new Runner();
runner.on('agent_start', (_context, agent) => console.log('start', agent.name));
runner.on('agent_handoff', (_context, from, to) =>
  console.log('handoff', from.name, '->', to.name),
);
runner.on('agent_end', (context, agent, output) =>
  console.log('end', agent.name, output, context.usage.totalTokens),
);

// ...or one agent. A listener that throws is reported on stderr; the run goes on.
billing.on('agent_tool_start', (_context, calledTool, { toolCall }) =>
  console.log('tool', calledTool.name, toolCall.arguments),
);
billing.on('agent_tool_end', (_context, calledTool, result) =>
  console.log('tool done', calledTool.name, result),
);

await runner.run(triage, 'Was invoice INV-7 paid?');
