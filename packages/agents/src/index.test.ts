import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '@baton/testing';
import {
  Agent,
  getDefaultModelProvider,
  OpenAIProvider,
  run,
  setDefaultOpenAIClient,
} from './index.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  await emulator.close();
});

describe('@baton/agents', () => {
  it('makes the OpenAI provider the default on import', () => {
    expect(getDefaultModelProvider()).toBeInstanceOf(OpenAIProvider);
  });

  it('runs an agent with run() and nothing but a default client configured', async () => {
    setDefaultOpenAIClient(
      new OpenAI({ baseURL: emulator.url, apiKey: 'test' }),
    );
    emulator.script({ text: 'Ported by changing the import.' });
    const result = await run(
      new Agent({ name: 'Assistant' }),
      'How do I port?',
    );
    expect(result.finalOutput).toBe('Ported by changing the import.');
    expect((emulator.requests.at(-1)!.body as { model: string }).model).toBe(
      'gpt-4.1',
    );
  });
});
