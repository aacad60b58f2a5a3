// A vitest suite that talks to the emulator through the real `openai` client.
import { startEmulator, type Emulator } from '@baton/testing';
import OpenAI from 'openai';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';

let emulator: Emulator;
let client: OpenAI;

beforeEach(async () => {
  emulator ??= await startEmulator();
  // Forget the previous test's replies, faults and recorded requests.
  emulator.reset();
  client = new OpenAI({ baseURL: emulator.url, apiKey: 'test' });
});

afterAll(async () => {
  await emulator.close();
});

describe('a feature that calls OpenAI', () => {
  it('sends the user question and shows the answer', async () => {
    emulator.script({ text: 'Paris.' });

    const response = await client.responses.create({
      model: 'gpt-4.1-mini',
      instructions: 'Answer in one word.',
      input: 'What is the capital of France?',
    });

    expect(response.output_text).toBe('Paris.');
    expect(emulator.requests).toHaveLength(1);
    expect(emulator.requests[0]).toMatchObject({
      method: 'POST',
      path: '/v1/responses',
      body: { instructions: 'Answer in one word.' },
    });
  });
});
