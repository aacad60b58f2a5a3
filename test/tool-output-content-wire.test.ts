import { describe, expect, it } from 'vitest';
import { Agent, Runner } from '@baton/core';
import { OpenAIProvider } from '@baton/openai';
import { contentToolOutputHistory } from './support/request-cases.js';
import { responsesBodies, wirePerTest } from './support/wire-setup.js';

const startWire = wirePerTest();
const agent = new Agent({ name: 'Analyst' });

describe('tool outputs that are not text, on the wire', () => {
  it('reach the Responses API as content arrays and the model reads them', async () => {
    const wire = await startWire();
    const history = contentToolOutputHistory();
    const result = await wire.runner.run(agent, history);
    const [body] = responsesBodies(wire.emulator);
    expect((body?.input as unknown[])[2]).toEqual(history[2]);
    expect(result.finalOutput).toBe(
      'Here is what I found: Chart ready.\n[image]\n[file sales.pdf]',
    );
  });

  it('reach Chat Completions as tool text plus a user message with the image and file, and the model answers from the tool text', async () => {
    const wire = await startWire();
    const runner = new Runner({
      modelProvider: new OpenAIProvider({
        openAIClient: wire.client,
        useResponses: false,
      }),
    });
    const result = await runner.run(agent, contentToolOutputHistory());
    const body = wire.emulator.requests[0]?.body as {
      messages: Array<{ role: string; content?: unknown }>;
    };
    expect(body.messages.map((message) => message.role)).toEqual([
      'user',
      'assistant',
      'tool',
      'user',
    ]);
    expect(body.messages[2]?.content).toEqual([
      { type: 'text', text: 'Chart ready.' },
    ]);
    expect(body.messages[3]?.content).toEqual([
      { type: 'text', text: 'Attachments returned by tool call call_chart:' },
      {
        type: 'image_url',
        image_url: { url: 'data:image/png;base64,iVBORw0KGgo=', detail: 'low' },
      },
      {
        type: 'file',
        file: {
          file_data: 'data:application/pdf;base64,JVBERi0=',
          filename: 'sales.pdf',
        },
      },
    ]);
    expect(result.finalOutput).toBe('Here is what I found: Chart ready.');
  });
});
