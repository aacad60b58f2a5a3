import { describe, expect, it } from 'vitest';
import {
  Agent,
  OpenAIProvider,
  Runner,
  isOpenAIChatCompletionsRawModelStreamEvent,
  isOpenAIResponsesRawModelStreamEvent,
} from '@baton/agents';
import { wirePerTest } from './support/wire-setup.js';

const startWire = wirePerTest();

describe('raw model stream event guards on a real stream over HTTP', () => {
  it('recognise every raw event of a Responses stream, with the openai client types', async () => {
    const wire = await startWire();
    wire.emulator.script({ text: 'Hello there' });
    const result = await wire.runner.run(new Agent({ name: 'A' }), 'hi', {
      stream: true,
    });
    let raw = 0;
    let guarded = 0;
    let text = '';
    for await (const event of result) {
      if (event.type !== 'raw_model_stream_event') continue;
      if (event.data.type === 'model') raw += 1;
      if (isOpenAIResponsesRawModelStreamEvent(event)) {
        guarded += 1;
        const data = event.data.event;
        if (data.type === 'response.output_text.delta') text += data.delta;
      }
      expect(isOpenAIChatCompletionsRawModelStreamEvent(event)).toBe(false);
    }
    expect(raw).toBeGreaterThan(0);
    expect([guarded, text]).toEqual([raw, 'Hello there']);
  });

  it('recognise Chat Completions chunks', async () => {
    const wire = await startWire();
    wire.emulator.script({ text: 'Hi' });
    const runner = new Runner({
      modelProvider: new OpenAIProvider({
        openAIClient: wire.client,
        useResponses: false,
      }),
      model: 'gpt-4.1-mini',
    });
    const result = await runner.run(new Agent({ name: 'A' }), 'hi', {
      stream: true,
    });
    let chunks = 0;
    for await (const event of result) {
      if (isOpenAIChatCompletionsRawModelStreamEvent(event)) {
        chunks += 1;
        expect(event.data.event.object).toBe('chat.completion.chunk');
      }
      expect(isOpenAIResponsesRawModelStreamEvent(event)).toBe(false);
    }
    expect(chunks).toBeGreaterThan(0);
  });
});
