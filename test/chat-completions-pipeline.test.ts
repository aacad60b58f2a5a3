import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import OpenAI from 'openai';
import { Agent, Runner } from '@baton/core';
import { OpenAIProvider } from '@baton/openai';
import { startEmulator, type Emulator } from '@baton/testing';
import { customerServiceAgents } from './support/customer-service-agents.js';

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function chatRunner() {
  emulator = await startEmulator();
  const client = new OpenAI({ baseURL: emulator.url, apiKey: 'test' });
  const provider = new OpenAIProvider({
    openAIClient: client,
    useResponses: false,
  });
  return { emulator, runner: new Runner({ modelProvider: provider }) };
}

describe('the pipeline on an OpenAI-compatible Chat Completions server', () => {
  for (const stream of [false, true]) {
    it(`hands off, calls the specialist's tool and answers (${stream ? 'streamed' : 'not streamed'})`, async () => {
      const { emulator, runner } = await chatRunner();
      const { triage, billing, calls } = customerServiceAgents();
      let result;
      if (stream) {
        const streamed = await runner.run(triage, 'Please check my billing', {
          stream: true,
        });
        for await (const _event of streamed);
        await streamed.completed;
        result = streamed;
      } else {
        result = await runner.run(triage, 'Please check my billing');
      }
      expect(result.lastAgent).toBe(billing);
      expect(calls.map((call) => call.tool)).toEqual(['look_up_invoice']);
      expect(result.finalOutput).toBeTruthy();
      expect(emulator.requests.map((request) => request.path)).toEqual([
        '/v1/chat/completions',
        '/v1/chat/completions',
        '/v1/chat/completions',
      ]);
      // The specialist saw the handoff as an assistant tool call answered by a tool message.
      const messages = (
        emulator.requests[1]!.body as {
          messages: Array<{ role: string; tool_calls?: unknown[] }>;
        }
      ).messages;
      expect(messages.map((message) => message.role)).toEqual([
        'system',
        'user',
        'assistant',
        'tool',
      ]);
    });
  }

  it('returns structured output through response_format', async () => {
    const { emulator, runner } = await chatRunner();
    const agent = new Agent({
      name: 'Extractor',
      outputType: z.object({ city: z.string(), nights: z.number() }),
    });
    const result = await runner.run(agent, 'Book Oslo');
    expect(result.finalOutput).toMatchObject({
      city: expect.any(String),
      nights: expect.any(Number),
    });
    expect(
      (emulator.requests[0]!.body as { response_format: { type: string } })
        .response_format.type,
    ).toBe('json_schema');
  });
});
