import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { Agent } from '@baton/core';
import { getCitations, webSearchTool } from '@baton/tools';
import { wirePerTest } from './support/wire-setup.js';

const FIXTURES = new URL('../../shared/fixtures/responses/', import.meta.url);
const startWire = wirePerTest();

type Event = { type: string } & Record<string, any>;

function recorded(name: string): Event[] {
  return readFileSync(fileURLToPath(new URL(name, FIXTURES)), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Event);
}

/** The events about the first item of `type`, and those about the first message, as the live API sent them. */
function itemEvents(events: Event[], type: string): Event[] {
  const added = events.find(
    (event) =>
      event.type === 'response.output_item.added' && event.item.type === type,
  )!;
  return events.filter(
    (event) =>
      event.output_index === added.output_index &&
      event.type !== 'response.output_text.delta',
  );
}

/** An event's shape: its type and its sorted field names, with the item's and annotation's field names too. */
function shape(event: Event): unknown {
  return {
    type: event.type,
    fields: Object.keys(event).sort(),
    item: event.item && Object.keys(event.item).sort(),
    annotation: event.annotation && Object.keys(event.annotation).sort(),
  };
}

/** The distinct shapes of the first message's events, in the order they first appear. */
function messageShapes(events: Event[]): string[] {
  return [
    ...new Set(
      itemEvents(events, 'message').map((event) =>
        JSON.stringify(shape(event)),
      ),
    ),
  ];
}

async function emulatedEvents(
  body: Omit<OpenAI.Responses.ResponseCreateParamsStreaming, 'stream'>,
): Promise<Event[]> {
  const wire = await startWire();
  const stream = await wire.client.responses.create({ ...body, stream: true });
  const events: Event[] = [];
  for await (const event of stream) events.push(event as unknown as Event);
  return events;
}

describe("the emulator's hosted tools against the recordings", () => {
  it('streams a web search call and its cited answer with the recorded events and shapes', async () => {
    const live = recorded('openai-web-search-tool.1.chunks.txt');
    const emulated = await emulatedEvents({
      model: 'gpt-4.1',
      input: 'tech news today',
      tools: [{ type: 'web_search' }],
      include: ['web_search_call.action.sources'],
    });
    expect(itemEvents(emulated, 'web_search_call').map(shape)).toEqual(
      itemEvents(live, 'web_search_call').map(shape),
    );
    const liveDone = itemEvents(live, 'web_search_call').at(-1)!.item;
    const emulatedDone = itemEvents(emulated, 'web_search_call').at(-1)!.item;
    expect(Object.keys(emulatedDone.action).sort()).toEqual(
      Object.keys(liveDone.action).sort(),
    );
    // The answer: the same kinds of events, an annotation.added of the recorded shape among them.
    expect(messageShapes(emulated)).toEqual(messageShapes(live));
  });

  it('streams a file search call and its file-cited answer with the recorded events and shapes', async () => {
    const live = recorded('openai-file-search-tool.1.chunks.txt');
    const emulated = await emulatedEvents({
      model: 'gpt-4.1',
      input: 'What is an embedding model?',
      tools: [{ type: 'file_search', vector_store_ids: ['vs_docs'] }],
    });
    expect(itemEvents(emulated, 'file_search_call').map(shape)).toEqual(
      itemEvents(live, 'file_search_call').map(shape),
    );
    const annotationShapes = (events: Event[]) =>
      itemEvents(events, 'message')
        .filter(
          (event) => event.type === 'response.output_text.annotation.added',
        )
        .map(shape);
    expect(annotationShapes(emulated)[0]).toEqual(annotationShapes(live)[0]);
  });

  it('lists every citation of a replayed live answer through getCitations', async () => {
    const live = recorded('openai-web-search-tool.1.chunks.txt');
    const announced = live
      .filter((event) => event.type === 'response.output_text.annotation.added')
      .map((event) => event.annotation);
    const wire = await startWire();
    wire.emulator.replay({
      file: fileURLToPath(
        new URL('openai-web-search-tool.1.chunks.txt', FIXTURES),
      ),
    });
    const agent = new Agent({ name: 'News', tools: [webSearchTool()] });
    const result = await wire.runner.run(agent, 'Tech news?', {
      stream: true,
    });
    for await (const _event of result);
    expect(announced.length).toBeGreaterThan(0);
    expect(getCitations(result)).toEqual(announced);
    const unique = new Set(announced.map((citation) => citation.url));
    expect(getCitations(result, { unique: true })).toHaveLength(unique.size);
  });
});
