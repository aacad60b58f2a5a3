import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { emulatorPerTest } from '../../../test/support/emulator-per-test.js';

// The corpus lives in `shared/` beside the repository clone: four levels up from `packages/testing/src/`.
const FIXTURES = fileURLToPath(
  new URL('../../../../../../shared/fixtures/', import.meta.url),
);
const found = existsSync(FIXTURES);
const list = (folder: string) =>
  found ? readdirSync(`${FIXTURES}${folder}`).sort() : [];
const responsesFiles = list('responses');
const chatFiles = list('chat');

const wire = emulatorPerTest();

function post(path: string, body: unknown): Promise<Response> {
  return fetch(`${wire.emulator.url}${path}`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
}

function lines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

/** The lines of each Responses stream in a recording that may hold several, joined. */
function streamsOf(file: string): string[][] {
  const streams: string[][] = [];
  for (const line of lines(file)) {
    if (
      (JSON.parse(line) as { type: string }).type === 'response.created' ||
      streams.length === 0
    )
      streams.push([]);
    streams.at(-1)!.push(line);
  }
  return streams;
}

async function drain<T>(
  stream: AsyncIterable<T>,
): Promise<{ items: T[]; error?: unknown }> {
  const items: T[] = [];
  try {
    for await (const item of stream) items.push(item);
    return { items };
  } catch (error) {
    return { items, error };
  }
}

describe('replay of the recorded corpus', () => {
  it('finds the recordings in shared/fixtures beside the repository', () => {
    expect(
      found,
      `Recorded fixtures not found at ${FIXTURES}. Check out the shared/ folder beside the repository clone.`,
    ).toBe(true);
    expect(responsesFiles.length + chatFiles.length).toBeGreaterThan(0);
  });

  for (const name of responsesFiles.filter((file) =>
    file.endsWith('.chunks.txt'),
  )) {
    it(`frames every stream of responses/${name} as event:/data: and the openai client parses it`, async () => {
      const file = `${FIXTURES}responses/${name}`;
      const streams = streamsOf(file);
      for (const [index, stream] of streams.entries()) {
        wire.emulator.replay({ file, index }, { file, index });
        const raw = await (
          await post('/responses', { model: 'm', input: 'x', stream: true })
        ).text();
        const expected = stream.map(
          (line) =>
            `event: ${(JSON.parse(line) as { type: string }).type}\ndata: ${line}\n\n`,
        );
        expect(raw).toBe(expected.join(''));

        const { items, error } = await drain(
          await wire.client.responses.create({
            model: 'm',
            input: 'x',
            stream: true,
          }),
        );
        const parsed = stream.map(
          (line) =>
            JSON.parse(line) as { type: string; error?: { code: string } },
        );
        const failure = parsed.find((event) => event.type === 'error');
        if (failure) {
          expect(items).toEqual(parsed.slice(0, parsed.indexOf(failure)));
          expect((error as InstanceType<typeof OpenAI.APIError>).code).toBe(
            failure.error?.code,
          );
        } else {
          expect(error).toBeUndefined();
          expect(items).toEqual(parsed);
        }
      }
    });
  }

  for (const name of responsesFiles.filter((file) => file.endsWith('.json'))) {
    it(`sends responses/${name} byte for byte as the JSON body`, async () => {
      const file = `${FIXTURES}responses/${name}`;
      const text = readFileSync(file, 'utf8');
      const body = JSON.parse(text) as Record<string, unknown>;
      const status = 'error' in body ? 429 : 200;
      wire.emulator.replay({ file, status }, { file, status });
      const raw = await post('/responses', { model: 'm', input: 'x' });
      expect(raw.status).toBe(status);
      expect(await raw.text()).toBe(text);
      const answer = await wire.client.responses
        .create({ model: 'm', input: 'x' })
        .catch((error: unknown) => error);
      if (status === 429) expect(answer).toBeInstanceOf(OpenAI.RateLimitError);
      else expect(answer).toMatchObject(body);
    });
  }

  for (const name of chatFiles) {
    it(`replays chat/${name} with data: framing ending in [DONE], chunk for chunk`, async () => {
      const file = `${FIXTURES}chat/${name}`;
      const chunks = name.endsWith('.sse')
        ? readFileSync(file, 'utf8')
            .split('\n\n')
            .filter((frame) => frame.startsWith('data: {'))
            .map((frame) => frame.slice(6))
        : lines(file);
      wire.emulator.replay({ file }, { file });
      const raw = await (
        await post('/chat/completions', {
          model: 'm',
          messages: [],
          stream: true,
        })
      ).text();
      if (name.endsWith('.sse')) expect(raw).toBe(readFileSync(file, 'utf8'));
      else
        expect(raw).toBe(
          [
            ...chunks.map((chunk) => `data: ${chunk}\n\n`),
            'data: [DONE]\n\n',
          ].join(''),
        );
      expect(raw.trimEnd().endsWith('data: [DONE]')).toBe(true);

      const stream = await wire.client.chat.completions.create({
        model: 'm',
        messages: [],
        stream: true,
      });
      const { items, error } = await drain(stream);
      expect(error).toBeUndefined();
      // openai 7 fills in fields a compatible provider left out (`finish_reason: null`), hence a subset match.
      expect(items).toMatchObject(
        chunks.map((chunk) => JSON.parse(chunk) as object),
      );
    });
  }
});
