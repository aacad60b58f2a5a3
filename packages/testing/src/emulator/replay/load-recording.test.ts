import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRecording } from './load-recording.js';

const dir = mkdtempSync(join(tmpdir(), 'baton-replay-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const created = (id: string) =>
  JSON.stringify({
    type: 'response.created',
    sequence_number: 0,
    response: { id },
  });
const completed = JSON.stringify({
  type: 'response.completed',
  sequence_number: 1,
  response: {},
});

describe('loadRecording', () => {
  it('splits joined Responses streams on response.created and picks one by index', () => {
    const file = write(
      'joined.chunks.txt',
      [created('a'), completed, created('b'), completed].join('\n'),
    );
    const second = loadRecording({ file, index: 1 });
    expect(second).toEqual({
      kind: 'sse',
      status: 200,
      frames: [
        `event: response.created\ndata: ${created('b')}\n\n`,
        `event: response.completed\ndata: ${completed}\n\n`,
      ],
    });
  });

  it('rejects an index past the streams the file holds', () => {
    const file = write('one.chunks.txt', `${created('a')}\n${completed}\n`);
    expect(() => loadRecording({ file, index: 1 })).toThrow(
      /holds 1 stream\(s\); index 1/,
    );
  });

  it('frames Chat chunks as data: lines and appends [DONE]', () => {
    const chunk = JSON.stringify({
      object: 'chat.completion.chunk',
      choices: [],
    });
    const file = write('chat.chunks.txt', `${chunk}\n`);
    expect(loadRecording({ file })).toEqual({
      kind: 'sse',
      status: 200,
      frames: [`data: ${chunk}\n\n`, 'data: [DONE]\n\n'],
    });
  });

  it('keeps a raw .sse body byte for byte, cut into frames', () => {
    const file = write('raw.sse', 'data: {"a":1}\n\ndata: [DONE]\n\n');
    const recording = loadRecording({ file });
    expect(recording.kind === 'sse' && recording.frames).toEqual([
      'data: {"a":1}\n\n',
      'data: [DONE]\n\n',
    ]);
  });

  it('keeps a .json body as text with the given status', () => {
    const file = write('error.json', '{ "error": {} }');
    expect(loadRecording({ file, status: 429 })).toEqual({
      kind: 'json',
      status: 429,
      text: '{ "error": {} }',
    });
  });

  it('fails at once, naming the file, when it cannot be read or is of an unknown kind', () => {
    expect(() => loadRecording({ file: join(dir, 'missing.json') })).toThrow(
      /cannot read recording .*missing\.json/,
    );
    expect(() => loadRecording({ file: write('notes.txt', 'x') })).toThrow(
      /not a \.chunks\.txt, \.sse or \.json/,
    );
  });
});
