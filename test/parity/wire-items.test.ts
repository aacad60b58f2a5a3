import { expect, it } from 'vitest';
import { z } from 'zod';
import { openAPIValidator } from '../support/openapi-validator.js';
import { responsesBodies } from '../support/wire-setup.js';
import { describeParity, type ParityContext } from './support/parity-sdks.js';

type WireItem = Record<string, unknown>;
const validator = openAPIValidator();

/** Checked last in each test, so that a shape difference is what a failure reports first. */
function expectBodiesValid(context: ParityContext): void {
  for (const body of responsesBodies(context.emulator))
    expect(validator.validateRequest('CreateResponse', body)).toEqual([]);
}

const cat = 'https://example.com/cat.png';

/** Runs a tool returning `output` once, and returns the `function_call_output` the model was sent. */
async function sentToolOutput(
  { sdk, emulator }: ParityContext,
  output: unknown,
): Promise<WireItem | undefined> {
  emulator.script(
    { toolCalls: [{ name: 'show_cat', arguments: {}, callId: 'call_1' }] },
    { text: 'A cat.' },
  );
  const showCat = sdk.tool({
    name: 'show_cat',
    description: 'Shows a picture of a cat',
    parameters: z.object({}),
    execute: () => output as string,
  });
  const agent = new sdk.Agent({
    name: 'Viewer',
    model: 'gpt-4.1-mini',
    tools: [showCat],
  });
  await sdk.run(agent, 'Show me a cat.');
  return (responsesBodies(emulator)[1]?.input as WireItem[]).find(
    (item) => item.type === 'function_call_output',
  );
}

/** Runs one turn on `input` and returns the input items the model was sent. */
async function sentInput(
  { sdk, emulator }: ParityContext,
  input: unknown[],
): Promise<WireItem[]> {
  emulator.script({ text: 'Noted.' });
  const agent = new sdk.Agent({ name: 'Assistant', model: 'gpt-4.1-mini' });
  await sdk.run(agent, input as Parameters<typeof sdk.run>[1]);
  return responsesBodies(emulator)[0]?.input as WireItem[];
}

describeParity('structured tool outputs', (parity) => {
  it('sends an image output as an input_image content list', async () => {
    const sent = await sentToolOutput(parity(), { type: 'image', image: cat });
    expect(sent?.output).toEqual([{ type: 'input_image', image_url: cat }]);
    expectBodiesValid(parity());
  });

  it('keeps the detail of an image output', async () => {
    const sent = await sentToolOutput(parity(), {
      type: 'image',
      image: cat,
      detail: 'high',
    });
    expect(sent?.output).toEqual([
      { type: 'input_image', image_url: cat, detail: 'high' },
    ]);
    expectBodiesValid(parity());
  });

  it('sends inline image data as a data URL', async () => {
    const sent = await sentToolOutput(parity(), {
      type: 'image',
      image: { data: 'aGVsbG8=', mediaType: 'image/png' },
    });
    expect(sent?.output).toEqual([
      { type: 'input_image', image_url: 'data:image/png;base64,aGVsbG8=' },
    ]);
    expectBodiesValid(parity());
  });

  it('sends a text output as an input_text content list', async () => {
    const sent = await sentToolOutput(parity(), {
      type: 'text',
      text: 'A tabby.',
    });
    expect(sent?.output).toEqual([{ type: 'input_text', text: 'A tabby.' }]);
    expectBodiesValid(parity());
  });

  it('sends a list of outputs as one content list, in order', async () => {
    const sent = await sentToolOutput(parity(), [
      { type: 'text', text: 'A tabby:' },
      { type: 'image', image: cat },
    ]);
    expect(sent?.output).toEqual([
      { type: 'input_text', text: 'A tabby:' },
      { type: 'input_image', image_url: cat },
    ]);
    expectBodiesValid(parity());
  });

  it('still sends a plain string output as a string', async () => {
    const sent = await sentToolOutput(parity(), 'A tabby.');
    expect(sent?.output).toBe('A tabby.');
    expectBodiesValid(parity());
  });
});

describeParity('input items in the SDK protocol shape', (parity) => {
  it('sends an input_image given by `image` as image_url', async () => {
    const input = await sentInput(parity(), [
      {
        role: 'user',
        content: [
          { type: 'input_text', text: 'What is this?' },
          { type: 'input_image', image: cat, detail: 'low' },
        ],
      },
    ]);
    expect(input).toMatchObject([
      {
        role: 'user',
        content: [
          { type: 'input_text', text: 'What is this?' },
          { type: 'input_image', image_url: cat, detail: 'low' },
        ],
      },
    ]);
    expect(JSON.stringify(input)).not.toContain('"image":');
    expectBodiesValid(parity());
  });

  it('sends function_call and function_call_result with callId as wire items with call_id', async () => {
    const input = await sentInput(parity(), [
      { role: 'user', content: 'Weather in Paris?' },
      {
        type: 'function_call',
        callId: 'call_1',
        name: 'get_weather',
        arguments: '{"city":"Paris"}',
        status: 'completed',
      },
      {
        type: 'function_call_result',
        callId: 'call_1',
        name: 'get_weather',
        status: 'completed',
        output: 'Sunny',
      },
    ]);
    expect(input.slice(1)).toMatchObject([
      {
        type: 'function_call',
        call_id: 'call_1',
        name: 'get_weather',
        arguments: '{"city":"Paris"}',
      },
      { type: 'function_call_output', call_id: 'call_1', output: 'Sunny' },
    ]);
    expect(JSON.stringify(input)).not.toContain('callId');
    expectBodiesValid(parity());
  });

  it('sends a function_call_result whose output is a text object as that text', async () => {
    const input = await sentInput(parity(), [
      { role: 'user', content: 'Weather in Paris?' },
      {
        type: 'function_call',
        callId: 'call_1',
        name: 'get_weather',
        arguments: '{"city":"Paris"}',
      },
      {
        type: 'function_call_result',
        callId: 'call_1',
        name: 'get_weather',
        status: 'completed',
        output: { type: 'text', text: 'Sunny' },
      },
    ]);
    expect(input[2]).toMatchObject({
      type: 'function_call_output',
      call_id: 'call_1',
      output: 'Sunny',
    });
    expectBodiesValid(parity());
  });
});
