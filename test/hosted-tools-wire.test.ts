import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  Runner,
  tool,
  UserError,
  type RunStreamEvent,
} from '@baton/core';
import { OpenAIChatCompletionsModel } from '@baton/openai';
import {
  codeInterpreterTool,
  fileSearchTool,
  getCitations,
  imageGenerationTool,
  saveGeneratedImages,
  webSearchTool,
} from '@baton/tools';
import { openAPIValidator } from './support/openapi-validator.js';
import { responsesBodies, wirePerTest } from './support/wire-setup.js';

const startWire = wirePerTest();
const validator = openAPIValidator();

const researcher = new Agent({
  name: 'Researcher',
  instructions: 'Answer with sources.',
  tools: [
    webSearchTool({ searchContextSize: 'low', includeSources: true }),
    fileSearchTool('vs_handbook', {
      maxNumResults: 3,
      includeSearchResults: true,
    }),
  ],
  modelSettings: { include: ['reasoning.encrypted_content'] },
});

describe('hosted tools on the wire', () => {
  it('sends the tool definitions and the include entries they need, in a body valid against CreateResponse', async () => {
    const wire = await startWire();
    await wire.runner.run(researcher, 'What does the handbook say?');
    const [body] = responsesBodies(wire.emulator);
    expect(validator.validateRequest('CreateResponse', body)).toEqual([]);
    expect(body!.tools).toEqual([
      { type: 'web_search', search_context_size: 'low' },
      {
        type: 'file_search',
        vector_store_ids: ['vs_handbook'],
        max_num_results: 3,
      },
    ]);
    expect(body!.include).toEqual([
      'reasoning.encrypted_content',
      'web_search_call.action.sources',
      'file_search_call.results',
    ]);
  });

  it('turns the hosted calls into tool call items and keeps the citations of the answer', async () => {
    const wire = await startWire();
    const result = await wire.runner.run(researcher, 'Relay rules');
    expect(result.newItems.map((item) => item.type)).toEqual([
      'tool_call_item',
      'tool_call_item',
      'message_output_item',
    ]);
    const [web, files] = result.newItems.map(
      (item) => item.rawItem as Record<string, any>,
    );
    expect(web).toMatchObject({
      type: 'web_search_call',
      action: {
        type: 'search',
        query: 'Relay rules',
        sources: [{ type: 'url' }],
      },
    });
    expect(files).toMatchObject({
      type: 'file_search_call',
      queries: ['Relay rules'],
      results: [{ filename: 'vs_handbook.md' }],
    });
    const citations = getCitations(result);
    expect(citations.map((citation) => citation.type)).toEqual([
      'url_citation',
      'file_citation',
    ]);
    expect(citations[1]).toMatchObject({ filename: 'vs_handbook.md' });
    expect(result.finalOutput).toContain('example.com');
  });

  it('streams tool_called events for the hosted calls and forwards their raw phase events', async () => {
    const wire = await startWire();
    const result = await wire.runner.run(researcher, 'Relay rules', {
      stream: true,
    });
    const events: RunStreamEvent[] = [];
    for await (const event of result) events.push(event);
    const called = events.flatMap((event) =>
      event.type === 'run_item_stream_event' && event.name === 'tool_called'
        ? [(event.item.rawItem as { type: string }).type]
        : [],
    );
    expect(called).toEqual(['web_search_call', 'file_search_call']);
    const raw = events.flatMap((event) =>
      event.type === 'raw_model_stream_event' && event.data.type === 'model'
        ? [(event.data.event as { type: string }).type]
        : [],
    );
    expect(raw).toEqual(
      expect.arrayContaining([
        'response.web_search_call.searching',
        'response.file_search_call.completed',
        'response.output_text.annotation.added',
      ]),
    );
    expect(getCitations(result)).toHaveLength(2);
  });

  it('sends the hosted call items back unchanged on the turn after a function call', async () => {
    const wire = await startWire();
    const order = tool({
      name: 'lookup_order',
      description: 'Looks an order up.',
      parameters: z.object({}),
      execute: () => 'Shipped yesterday',
    });
    const agent = new Agent({
      name: 'Support',
      tools: [webSearchTool(), order],
    });
    const result = await wire.runner.run(agent, 'Where is my order?');
    expect(result.finalOutput).toContain('Shipped yesterday');
    const bodies = responsesBodies(wire.emulator);
    expect(bodies).toHaveLength(2);
    for (const body of bodies) {
      expect(validator.validateRequest('CreateResponse', body)).toEqual([]);
    }
    const search = result.newItems[0]!.rawItem;
    const resent = (bodies[1]!.input as Array<{ type?: string }>).find(
      (item) => item.type === 'web_search_call',
    );
    expect(resent).toEqual(search);
  });

  it('saves the images an image generation call made, with one call', async () => {
    const wire = await startWire();
    const agent = new Agent({
      name: 'Illustrator',
      tools: [
        imageGenerationTool({ size: '1024x1024', partialImages: 1 }),
        codeInterpreterTool({ includeOutputs: true }),
      ],
    });
    const result = await wire.runner.run(agent, 'Draw a relay baton');
    const [body] = responsesBodies(wire.emulator);
    expect(validator.validateRequest('CreateResponse', body)).toEqual([]);
    expect(body!.include).toEqual(['code_interpreter_call.outputs']);
    expect(
      result.newItems.map((item) => (item.rawItem as { type: string }).type),
    ).toEqual(['image_generation_call', 'code_interpreter_call', 'message']);
    const directory = await mkdtemp(join(tmpdir(), 'baton-hosted-'));
    try {
      const paths = await saveGeneratedImages(result, directory);
      expect(paths).toHaveLength(1);
      expect(paths[0]).toMatch(/ig_[0-9a-f]+\.png$/);
      const bytes = await readFile(paths[0]!);
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('rejects a hosted tool on a Chat Completions model with a UserError naming the tool and the fix, before any request', async () => {
    const wire = await startWire();
    const agent = new Agent({
      name: 'Local',
      model: new OpenAIChatCompletionsModel(wire.client, 'llama3.2'),
      tools: [webSearchTool({ name: 'news_search' })],
    });
    const error = await new Runner().run(agent, 'News?').then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(UserError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('"news_search" (web_search)');
    expect((error as Error).message).toContain('OpenAIResponsesModel');
    expect(wire.emulator.requests).toHaveLength(0);
  });
});
