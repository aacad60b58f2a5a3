import { Agent, run, setDefaultOpenAIClient } from '@baton/agents';
import OpenAI from 'openai';

// One client for every model Baton creates from a name: your key, proxy, retries and timeout.
setDefaultOpenAIClient(
  new OpenAI({
    apiKey: process.env.MY_OPENAI_KEY,
    maxRetries: 4,
    timeout: 60_000,
  }),
);

const agent = new Agent({ name: 'Assistant', model: 'gpt-4.1-mini' });
console.log((await run(agent, 'Hello!')).finalOutput);
