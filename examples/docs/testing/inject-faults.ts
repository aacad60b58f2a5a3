// Faults: each queued fault applies to the next request (or the next `times` requests).
import { startEmulator } from '@baton/testing';
import OpenAI from 'openai';

const emulator = await startEmulator();

// A 429 with `retry-after`: the openai client waits and retries on its own.
emulator.fault({ kind: 'rate_limit', retryAfterSeconds: 0.05 });
emulator.script({ text: 'Worth the wait.' });
const patient = new OpenAI({
  baseURL: emulator.url,
  apiKey: 'test',
  maxRetries: 2,
});
const response = await patient.responses.create({
  model: 'gpt-4.1',
  input: 'Hi',
});
console.log(response.output_text, `after ${emulator.requests.length} requests`); // Worth the wait. after 2 requests

// The connection drops after three SSE events: the stream fails midway.
const strict = new OpenAI({
  baseURL: emulator.url,
  apiKey: 'test',
  maxRetries: 0,
});
emulator.fault({ kind: 'reset', afterEvents: 3 });
try {
  const stream = await strict.responses.create({
    model: 'gpt-4.1',
    input: 'Hi',
    stream: true,
  });
  for await (const event of stream) console.log('received', event.type);
} catch (error) {
  console.log('stream broke:', (error as Error).message);
}

// The API reports an error inside the stream: an `error` event, then `response.failed`.
emulator.fault({ kind: 'stream_error', code: 'server_error' });
try {
  const stream = await strict.responses.create({
    model: 'gpt-4.1',
    input: 'Hi',
    stream: true,
  });
  for await (const event of stream) console.log('received', event.type);
} catch (error) {
  console.log('API error:', (error as Error).message);
}

// Bad model output, a 5xx, a slow first byte: one fault per request, in order.
emulator.fault(
  { kind: 'malformed_arguments' },
  { kind: 'unknown_tool', name: 'delete_everything' },
  { kind: 'server_error', status: 503 },
  { kind: 'slow_first_byte', delayMs: 200 },
);
emulator.script({ toolCalls: [{ name: 'search', arguments: { q: 'cats' } }] });
for (let attempt = 0; attempt < 4; attempt += 1) {
  try {
    const reply = await strict.responses.create({
      model: 'gpt-4.1',
      input: 'Hi',
    });
    console.log(JSON.stringify(reply.output[0]));
  } catch (error) {
    console.log('failed:', (error as Error).message);
  }
}

await emulator.close();
