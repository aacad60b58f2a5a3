import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Agent, Runner, tool } from '@baton/core';
import { OpenAIProvider } from '@baton/openai';
import { wirePerTest } from './support/wire-setup.js';

const startWire = wirePerTest();

const weather = tool({
  name: 'get_weather',
  description: 'Weather for a city',
  parameters: z.object({ city: z.string() }),
  execute: ({ city }) => `Sunny in ${city}`,
});

// Two parallel calls as a compatible server (no `id` on either) sends them, whole and streamed.
const calls = [
  { name: 'get_weather', arguments: '{"city":"Paris"}' },
  { name: 'get_weather', arguments: '{"city":"Rome"}' },
];
const completion = {
  id: 'chatcmpl-1',
  object: 'chat.completion',
  created: 0,
  model: 'local',
  choices: [
    {
      index: 0,
      finish_reason: 'tool_calls',
      message: {
        role: 'assistant',
        content: null,
        tool_calls: calls.map((call) => ({ type: 'function', function: call })),
      },
    },
  ],
};
const chunks = [
  ...calls.map((call, index) => ({
    id: 'chatcmpl-1',
    object: 'chat.completion.chunk',
    choices: [
      {
        index: 0,
        delta: {
          tool_calls: [
            { index, type: 'function', function: { name: call.name } },
          ],
        },
      },
    ],
  })),
  ...calls.map((call, index) => ({
    id: 'chatcmpl-1',
    object: 'chat.completion.chunk',
    choices: [
      {
        index: 0,
        delta: {
          tool_calls: [{ index, function: { arguments: call.arguments } }],
        },
      },
    ],
  })),
  {
    id: 'chatcmpl-1',
    object: 'chat.completion.chunk',
    choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }],
  },
];

const folder = mkdtempSync(join(tmpdir(), 'baton-chat-ids-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function recordings() {
  const json = join(folder, 'no-ids.json');
  const streamed = join(folder, 'no-ids.chunks.txt');
  writeFileSync(json, JSON.stringify(completion));
  writeFileSync(
    streamed,
    chunks.map((chunk) => JSON.stringify(chunk)).join('\n'),
  );
  return { json, streamed };
}

describe('Chat Completions tool calls without ids on the wire', () => {
  for (const stream of [false, true]) {
    it(`answers each parallel call under its own tool_call_id (${stream ? 'streamed' : 'not streamed'})`, async () => {
      const wire = await startWire();
      const files = recordings();
      wire.emulator.replay({ file: stream ? files.streamed : files.json });
      const agent = new Agent({ name: 'Weather', tools: [weather] });
      const provider = new OpenAIProvider({
        openAIClient: wire.client,
        useResponses: false,
      });
      const runner = new Runner({ modelProvider: provider, model: 'local' });
      let finalOutput: unknown;
      if (stream) {
        const streamed = await runner.run(agent, 'Paris and Rome?', {
          stream: true,
        });
        for await (const _event of streamed);
        finalOutput = streamed.finalOutput;
      } else {
        finalOutput = (await runner.run(agent, 'Paris and Rome?')).finalOutput;
      }
      expect(finalOutput).toContain('Sunny in Paris');
      const second = wire.emulator.requests[1]?.body as {
        messages: Array<{
          role: string;
          tool_calls?: Array<{ id: string }>;
          tool_call_id?: string;
          content?: unknown;
        }>;
      };
      const assistant = second.messages.find(
        (message) => message.role === 'assistant',
      );
      const ids = assistant?.tool_calls?.map((call) => call.id) ?? [];
      expect(ids).toHaveLength(2);
      expect(new Set(ids).size).toBe(2);
      expect(ids.every((id) => id.startsWith('call_'))).toBe(true);
      const answers = second.messages.filter(
        (message) => message.role === 'tool',
      );
      expect(answers.map((message) => message.tool_call_id)).toEqual(ids);
      expect(answers.map((message) => message.content)).toEqual([
        'Sunny in Paris',
        'Sunny in Rome',
      ]);
    });
  }
});
