// A Baton worker process for the durable-run tests: serves the test agents as Restate services on PORT, with the
// emulator at EMULATOR_URL as the model, logs every tool run (start and end, with this process's id) to LOG_FILE
// and every step it runs itself (not replayed) to STEP_LOG, then prints "ready".
import { appendFileSync } from 'node:fs';
import OpenAI from 'openai';
import { z } from 'zod';
import {
  Agent,
  OpenAIProvider,
  setTraceProcessors,
  setTracingDisabled,
  tool,
} from '@baton/agents';
import {
  durableAgentService,
  durableConversation,
  durableRunEvents,
  serveWorker,
} from '@baton/restate';

const env = process.env as Record<string, string>;
const logFile = env.LOG_FILE!;
const slowMs = Number(env.SLOW_MS ?? '0');
const prefix = env.SERVICE_PREFIX ?? '';

function logged<T>(name: string, id: string, fn: () => Promise<T>) {
  appendFileSync(logFile, `${name} ${id} ${process.pid} start\n`);
  return fn().then((value) => {
    appendFileSync(logFile, `${name} ${id} ${process.pid} end\n`);
    return value;
  });
}

const lookupOrder = tool({
  name: 'lookup_order',
  description: 'Looks up an order.',
  parameters: z.object({ orderId: z.string() }),
  execute: ({ orderId }) =>
    logged('lookup_order', orderId, async () => ({ orderId, total: 42 })),
});
const chargeCard = tool({
  name: 'charge_card',
  description: 'Charges the card once (a side effect).',
  parameters: z.object({ orderId: z.string() }),
  execute: ({ orderId }) =>
    logged('charge_card', orderId, async () => `charged ${orderId}`),
});
const slowReport = tool({
  name: 'slow_report',
  description: 'Writes a report, slowly.',
  parameters: z.object({ orderId: z.string() }),
  execute: ({ orderId }) =>
    logged('slow_report', orderId, async () => {
      await new Promise((resolve) => setTimeout(resolve, slowMs));
      return `report for ${orderId}`;
    }),
});
const refund = tool({
  name: 'refund',
  description: 'Refunds an order; a person approves it first.',
  parameters: z.object({ orderId: z.string() }),
  needsApproval: true,
  execute: ({ orderId }) =>
    logged('refund', orderId, async () => `refunded ${orderId}`),
});
const badTool = tool({
  name: 'bad_result',
  description: 'Returns a value JSON cannot hold.',
  parameters: z.object({}),
  execute: async () => new Map([['a', 1]]) as unknown as string,
});

// Every span that ends, one JSON line: what a trace exporter would send (NODE_ENV=test keeps the default exporter out).
setTracingDisabled(false);
setTraceProcessors([
  {
    onTraceStart: async () => {},
    onTraceEnd: async () => {},
    onSpanStart: async () => {},
    onSpanEnd: async (span) => {
      const data = span.spanData as { type: string; name?: string };
      appendFileSync(
        env.SPAN_LOG!,
        `${JSON.stringify({ traceId: span.traceId, type: data.type, name: data.name ?? '', pid: process.pid })}\n`,
      );
    },
    shutdown: async () => {},
    forceFlush: async () => {},
  },
]);

const model = new OpenAIProvider({
  openAIClient: new OpenAI({
    apiKey: 'test-key',
    baseURL: env.EMULATOR_URL,
    maxRetries: 0,
  }),
});
const runConfig = { modelProvider: model, model: 'gpt-4.1-mini' };
const restateOptions = {
  retryPolicy: { initialInterval: 100, maxInterval: 500 },
  inactivityTimeout: 500,
};
const onStepStart = (key: string) =>
  env.STEP_LOG && appendFileSync(env.STEP_LOG, `${key} ${process.pid}\n`);

// An agent tool whose nested run needs an approval: its waiting state must survive a suspended invocation.
const clerk = new Agent({
  name: 'Clerk',
  instructions: 'You carry out refunds.',
  tools: [refund],
});

// Guardrails that always pass: their spans show where (and how often) each really ran.
const passes = (name: string) => ({
  name,
  execute: async () => ({ tripwireTriggered: false, outputInfo: { name } }),
});
const checkout = new Agent({
  name: 'Checkout',
  instructions: 'Check the order out.',
  tools: [
    lookupOrder,
    chargeCard,
    slowReport,
    refund,
    badTool,
    clerk.asTool({ toolName: 'ask_clerk', toolDescription: 'Asks the clerk.' }),
  ],
  inputGuardrails: [passes('order_check')],
  outputGuardrails: [passes('final_check')],
});
const chat = new Agent({
  name: 'Chat',
  instructions: 'Chat.',
  tools: [refund],
});

const worker = await serveWorker(
  [
    durableAgentService(checkout, {
      name: `${prefix}checkout`,
      runConfig,
      restateOptions,
      onStepStart,
      maxTurns: 5,
      stepRetry: { maxRetryAttempts: 3, initialRetryInterval: 50 },
      events: { ingressUrl: env.INGRESS_URL! },
    }),
    durableRunEvents(`${prefix}checkoutEvents`),
    durableConversation(chat, {
      name: `${prefix}chat`,
      runConfig,
      restateOptions,
      onStepStart,
      events: { ingressUrl: env.INGRESS_URL! },
    }),
    durableRunEvents(`${prefix}chatEvents`),
  ],
  { port: Number(env.PORT ?? '0'), host: '127.0.0.1' },
);
process.stdout.write(`ready ${worker.port}\n`);
