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

  it('follows setDefaultOpenAIClient between runs', async () => {
    const other = await startEmulator();
    try {
      setDefaultOpenAIClient(
        new OpenAI({ baseURL: emulator.url, apiKey: 'test' }),
      );
      await run(new Agent({ name: 'A' }), 'first');
      setDefaultOpenAIClient(
        new OpenAI({ baseURL: other.url, apiKey: 'test' }),
      );
      await run(new Agent({ name: 'A' }), 'second');
      expect(other.requests).toHaveLength(1);
      expect((other.requests[0]!.body as { input: unknown[] }).input).toEqual([
        { type: 'message', role: 'user', content: 'second' },
      ]);
    } finally {
      await other.close();
    }
  });
});
