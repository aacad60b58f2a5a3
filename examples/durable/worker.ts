// One Baton worker of the durable example: serves the customer-service pipeline as a Restate workflow on PORT,
// with the model at EMULATOR_URL, and prints each step it runs itself ("step <key>"): steps replayed from the
// journal do not run, so they are not printed.
import { OpenAIProvider } from '@baton/agents';
import {
  durableAgentService,
  durableRunEvents,
  serveWorker,
} from '@baton/restate';
import { triageAgent } from '../customer-service/agents.js';

const env = process.env;
const modelProvider = new OpenAIProvider({
  baseURL: env.EMULATOR_URL,
  apiKey: 'emulator',
});

const worker = await serveWorker(
  [
    durableAgentService(triageAgent, {
      name: 'support',
      runConfig: { modelProvider, model: 'gpt-4.1-mini' },
      context: () => ({ customerId: 'C-1001' }),
      onStepStart: (key) => process.stdout.write(`step ${key}\n`),
      events: { ingressUrl: env.INGRESS_URL! },
      // A killed worker's run is retried soon, on whichever worker the balancer picks.
      restateOptions: {
        retryPolicy: { initialInterval: 200, maxInterval: 1000 },
      },
    }),
    durableRunEvents('supportEvents'),
  ],
  { port: Number(env.PORT ?? '0'), host: '127.0.0.1' },
);
process.stdout.write(`ready ${worker.port}\n`);
