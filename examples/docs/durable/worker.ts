import { Agent, tool } from '@baton/agents';
import {
  durableAgentService,
  durableConversation,
  durableRunEvents,
  serveWorker,
} from '@baton/restate';
import { z } from 'zod';

const refund = tool({
  name: 'refund',
  description: 'Refunds an order.',
  parameters: z.object({ orderId: z.string() }),
  needsApproval: true,
  // Runs once per call: its result is journaled before the run goes on.
  execute: async ({ orderId }) => ({ orderId, refunded: true }),
});

const support = new Agent({
  name: 'Support agent',
  instructions: 'Help customers with refunds.',
  tools: [refund],
});

// Every worker process serves the same services; Restate spreads runs over them.
await serveWorker(
  [
    durableAgentService(support, {
      name: 'support',
      maxTurns: 8,
      stepRetry: { maxRetryAttempts: 5, initialRetryInterval: 200 },
      events: { ingressUrl: process.env.RESTATE_INGRESS_URL! },
      restateOptions: { inactivityTimeout: 30_000 },
    }),
    durableRunEvents('supportEvents'),
    durableConversation(support, { name: 'supportChat' }),
  ],
  { port: 9080 },
);
