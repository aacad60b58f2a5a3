import type OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { emulatorPerTest } from '../../../test/support/emulator-per-test.js';

const wire = emulatorPerTest();

type Event = { type: string } & Record<string, unknown>;

async function streamEvents(
  body: Omit<OpenAI.Responses.ResponseCreateParamsStreaming, 'stream'>,
): Promise<Event[]> {
  const stream = await wire.client.responses.create({ ...body, stream: true });
  const events: Event[] = [];
  for await (const event of stream) events.push(event as unknown as Event);
  return events;
}

/** The events about one output item, by its index, without the text deltas. */
function eventsAt(events: Event[], index: number): string[] {
  return events
    .filter((event) => event.output_index === index)
    .map((event) => event.type)
    .filter((type) => type !== 'response.output_text.delta');
}

function completedOutput(events: Event[]): Array<Record<string, unknown>> {
  const done = events.find((event) => event.type === 'response.completed');
  return (done?.response as { output: Array<Record<string, unknown>> }).output;
}

describe('hosted tools on the default model', () => {
  it('streams a web search in the recorded event order, then an answer citing the page', async () => {
    const events = await streamEvents({
      model: 'gpt-4.1',
      input: 'Latest baton relay records',
      tools: [{ type: 'web_search', search_context_size: 'medium' }],
    });
    expect(eventsAt(events, 0)).toEqual([
      'response.output_item.added',
      'response.web_search_call.in_progress',
      'response.web_search_call.searching',
      'response.web_search_call.completed',
      'response.output_item.done',
    ]);
    const added = events.find(
      (event) => event.type === 'response.output_item.added',
    );
    // As recorded: the call starts without its action.
    expect(Object.keys(added!.item as object).sort()).toEqual([
      'id',
      'status',
      'type',
    ]);
    const [call, message] = completedOutput(events);
    expect(call).toMatchObject({
      type: 'web_search_call',
      status: 'completed',
      action: { type: 'search', query: 'Latest baton relay records' },
    });
    expect(String(call!.id)).toMatch(/^ws_/);
    expect(call!.action).not.toHaveProperty('sources');
    const part = (message!.content as Array<Record<string, unknown>>)[0]!;
    const [citation] = part.annotations as Array<Record<string, number>>;
    expect(citation).toMatchObject({ type: 'url_citation' });
    expect(
      String(part.text).slice(citation!.start_index, citation!.end_index),
    ).toBe(`([example.com](${citation!.url}))`);
  });

  it('announces each annotation right after the delta that completes the cited text', async () => {
    const events = await streamEvents({
      model: 'gpt-4.1',
      input: 'baton history',
      tools: [{ type: 'web_search' }],
    });
    const types = eventsAt(events, 1);
    expect(types).toEqual([
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.annotation.added',
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
    ]);
    const index = events.findIndex(
      (event) => event.type === 'response.output_text.annotation.added',
    );
    const annotation = events[index]!.annotation as { end_index: number };
    const textBefore = events
      .slice(0, index)
      .filter((event) => event.type === 'response.output_text.delta')
      .map((event) => String(event.delta))
      .join('');
    expect(textBefore.length).toBeGreaterThanOrEqual(annotation.end_index);
    expect(events[index - 1]!.type).toBe('response.output_text.delta');
  });

  it('fills in the sources, file search results and code outputs only when include asks for them', async () => {
    const tools: OpenAI.Responses.Tool[] = [
      { type: 'web_search' },
      { type: 'file_search', vector_store_ids: ['vs_handbook'] },
      { type: 'code_interpreter', container: { type: 'auto' } },
    ];
    const bare = await wire.client.responses.create({
      model: 'gpt-4.1',
      input: 'How long is the relay?',
      tools,
    });
    const [web, files, code] = bare.output as unknown as Array<
      Record<string, unknown>
    >;
    expect(web!.action).not.toHaveProperty('sources');
    expect(files).toMatchObject({
      queries: ['How long is the relay?'],
      results: null,
    });
    expect(code).toMatchObject({ outputs: null });

    const full = await wire.client.responses.create({
      model: 'gpt-4.1',
      input: 'How long is the relay?',
      tools,
      include: [
        'web_search_call.action.sources',
        'file_search_call.results',
        'code_interpreter_call.outputs',
      ],
    });
    const [web2, files2, code2, message] = full.output as unknown as Array<
      Record<string, any>
    >;
    expect(web2!.action.sources).toEqual([
      { type: 'url', url: expect.stringMatching(/^https:\/\/example\.com\//) },
    ]);
    expect(files2!.results).toEqual([
      expect.objectContaining({ filename: 'vs_handbook.md' }),
    ]);
    expect(code2!.outputs).toEqual([{ type: 'logs', logs: '5\n' }]);
    const annotations = message!.content[0].annotations as Array<{
      type: string;
    }>;
    expect(annotations.map((annotation) => annotation.type)).toEqual([
      'url_citation',
      'file_citation',
    ]);
  });

  it('streams code interpreter and image generation phases, with the partial images asked for', async () => {
    const events = await streamEvents({
      model: 'gpt-4.1',
      input: 'Draw a baton',
      tools: [
        { type: 'code_interpreter', container: { type: 'auto' } },
        { type: 'image_generation', partial_images: 1 },
      ],
    });
    const code = eventsAt(events, 0);
    expect(code.slice(0, 3)).toEqual([
      'response.output_item.added',
      'response.code_interpreter_call.in_progress',
      'response.code_interpreter_call_code.delta',
    ]);
    expect(code.slice(-4)).toEqual([
      'response.code_interpreter_call_code.done',
      'response.code_interpreter_call.interpreting',
      'response.code_interpreter_call.completed',
      'response.output_item.done',
    ]);
    expect(eventsAt(events, 1)).toEqual([
      'response.output_item.added',
      'response.image_generation_call.in_progress',
      'response.image_generation_call.generating',
      'response.image_generation_call.partial_image',
      'response.image_generation_call.completed',
      'response.output_item.done',
    ]);
    const image = completedOutput(events)[1]!;
    const bytes = Buffer.from(String(image.result), 'base64');
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('uses only the hosted tool a tool choice forces, by type or through an allowed-tools list', async () => {
    const tools: OpenAI.Responses.Tool[] = [
      { type: 'web_search' },
      { type: 'file_search', vector_store_ids: ['vs_1'] },
    ];
    const byType = await wire.client.responses.create({
      model: 'gpt-4.1',
      input: 'Relay rules',
      tools,
      tool_choice: { type: 'file_search' },
    });
    expect(byType.output.map((item) => item.type)).toEqual([
      'file_search_call',
      'message',
    ]);
    const allowed = await wire.client.responses.create({
      model: 'gpt-4.1',
      input: 'Relay rules',
      tools,
      tool_choice: {
        type: 'allowed_tools',
        mode: 'required',
        tools: [{ type: 'web_search' }],
      },
    });
    expect(allowed.output.map((item) => item.type)).toEqual([
      'web_search_call',
      'message',
    ]);
  });

  it('makes a function call after the hosted calls, then answers without searching again', async () => {
    const tools: OpenAI.Responses.Tool[] = [
      { type: 'web_search' },
      {
        type: 'function',
        name: 'lookup_order',
        parameters: { type: 'object', properties: {} },
        strict: false,
      },
    ];
    const first = await wire.client.responses.create({
      model: 'gpt-4.1',
      input: 'Where is my order?',
      tools,
    });
    expect(first.output.map((item) => item.type)).toEqual([
      'web_search_call',
      'function_call',
    ]);
    const call = first.output[1] as OpenAI.Responses.ResponseFunctionToolCall;
    const second = await wire.client.responses.create({
      model: 'gpt-4.1',
      previous_response_id: first.id,
      input: [
        {
          type: 'function_call_output',
          call_id: call.call_id,
          output: 'Shipped',
        },
      ],
      tools,
    });
    expect(second.output.map((item) => item.type)).toEqual(['message']);
    expect(second.output_text).toContain('Shipped');
  });
});
