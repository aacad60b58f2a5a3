// Scripted replies: each one answers one request, in order, on either endpoint.
import { startEmulator } from '@baton/testing';
import OpenAI from 'openai';

const emulator = await startEmulator();
const client = new OpenAI({ baseURL: emulator.url, apiKey: 'test' });

emulator.script(
  // A text answer.
  { text: 'Hello!' },
  // A tool call; arguments may also be a raw string, even invalid JSON.
  { toolCalls: [{ name: 'get_weather', arguments: { city: 'Paris' } }] },
  // Structured output: the value is sent as the message text, in JSON.
  { json: { city: 'Paris', temperature: 21 } },
  // Canonical Responses items, sent as they are (ids are added where missing).
  {
    output: [
      {
        type: 'reasoning',
        summary: [{ type: 'summary_text', text: 'Checking.' }],
      },
      {
        type: 'message',
        role: 'assistant',
        content: [{ type: 'output_text', text: 'Done.' }],
      },
    ],
  },
  // A function of the recorded request.
  (request) => ({ text: `You sent ${request.rawBody.length} bytes.` }),
);

const first = await client.responses.create({ model: 'gpt-4.1', input: 'Hi' });
console.log(first.output_text); // Hello!

// The same kind of reply, rendered in Chat Completions format.
const second = await client.chat.completions.create({
  model: 'gpt-4.1',
  messages: [{ role: 'user', content: 'Weather in Paris?' }],
});
console.log(second.choices[0]?.message.tool_calls?.[0]); // { id: 'call_…', type: 'function', function: { name: 'get_weather', … } }

const third = await client.responses.create({
  model: 'gpt-4.1',
  input: 'JSON',
});
console.log(JSON.parse(third.output_text)); // { city: 'Paris', temperature: 21 }

// Streaming works the same way: the live event order, `event:`/`data:` frames.
const stream = await client.responses.create({
  model: 'gpt-4.1',
  input: 'Stream it',
  stream: true,
});
for await (const event of stream)
  console.log(event.sequence_number, event.type);

const fifth = await client.responses.create({ model: 'gpt-4.1', input: 'Hi' });
console.log(fifth.output_text); // You sent … bytes.

await emulator.close();
