// Replay: answer the next request with a recorded body, framed the way the live API sends it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '@baton/testing';
import OpenAI from 'openai';

// A recording holds one Responses stream event per line (a `.chunks.txt` file), as captured from the API.
const dir = mkdtempSync(join(tmpdir(), 'recordings-'));
const file = join(dir, 'hello.chunks.txt');
const response = {
  id: 'resp_1',
  object: 'response',
  status: 'in_progress',
  output: [],
};
writeFileSync(
  file,
  [
    { type: 'response.created', sequence_number: 0, response },
    {
      type: 'response.completed',
      sequence_number: 1,
      response: { ...response, status: 'completed' },
    },
  ]
    .map((event) => JSON.stringify(event))
    .join('\n'),
);

const emulator = await startEmulator({ replay: { file } });
// No retries, so the recorded 429 below reaches the caller.
const client = new OpenAI({
  baseURL: emulator.url,
  apiKey: 'test',
  maxRetries: 0,
});
const stream = await client.responses.create({
  model: 'gpt-4.1',
  input: 'Hi',
  stream: true,
});
for await (const event of stream) console.log(event.type); // response.created, response.completed

// A recorded error body with the status it came with; `index` picks one of several joined streams.
writeFileSync(
  join(dir, 'quota.json'),
  '{"error":{"message":"Quota","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}',
);
emulator.replay({ file: join(dir, 'quota.json'), status: 429 });
await client.responses
  .create({ model: 'gpt-4.1', input: 'Hi' })
  .catch((error: Error) => console.log(error.message));

await emulator.close();
