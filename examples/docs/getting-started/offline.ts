import { Agent, run, setDefaultOpenAIClient } from '@baton/agents';
import { startEmulator } from '@baton/testing';
import OpenAI from 'openai';

// No key? Talk to the emulator instead: same client, same wire format, no account needed.
const emulator = process.env.OPENAI_API_KEY ? undefined : await startEmulator();
if (emulator) {
  setDefaultOpenAIClient(
    new OpenAI({ baseURL: emulator.url, apiKey: 'emulator' }),
  );
  console.log(`No OPENAI_API_KEY: using the Baton emulator at ${emulator.url}`);
}

try {
  const agent = new Agent({
    name: 'Assistant',
    instructions: 'Answer briefly.',
  });
  const result = await run(agent, 'Say hello.');
  console.log(result.finalOutput);
} finally {
  await emulator?.close();
}
