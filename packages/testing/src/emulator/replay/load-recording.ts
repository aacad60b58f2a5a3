import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

/** A recording to answer a request with. */
export interface EmulatorReplay {
  /**
   * The recording (absolute, or relative to the working directory): `*.chunks.txt` (one JSON event or chunk per
   * line; Responses events are framed `event:`/`data:`, Chat chunks `data:` plus a final `[DONE]`), `*.sse` (a raw
   * SSE body, sent as it is) or `*.json` (a whole body).
   */
  file: string;
  /** The HTTP status to answer with. Default 200 (use 429 for a recorded rate-limit error body, say). */
  status?: number;
  /** For a `.chunks.txt` file holding several Responses streams joined: which one (0-based). Default 0. */
  index?: number;
  /** Answer this many consecutive requests with the recording. Default 1. */
  times?: number;
}

/** A recording read and framed, ready to send. @internal */
export type Recording =
  | { kind: 'sse'; status: number; frames: string[] }
  | { kind: 'json'; status: number; text: string };

/**
 * Reads a recording and frames it the way the live API sends it. Throws at once (not at request time) when the
 * file is missing, empty or of an unknown kind, or `index` names a stream the file does not hold.
 * @internal
 */
export function loadRecording(replay: EmulatorReplay): Recording {
  const path = resolve(replay.file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(
      `Emulator replay: cannot read recording "${path}" (${(error as Error).message}).`,
    );
  }
  const status = replay.status ?? 200;
  const name = basename(path);
  if (name.endsWith('.json')) return { kind: 'json', status, text };
  // Split after each blank line so the raw bytes are kept while faults and pacing still work per event.
  if (name.endsWith('.sse'))
    return { kind: 'sse', status, frames: text.split(/(?<=\n\n)/) };
  if (name.endsWith('.chunks.txt'))
    return {
      kind: 'sse',
      status,
      frames: frameChunks(text, replay.index ?? 0, path),
    };
  throw new Error(
    `Emulator replay: "${name}" is not a .chunks.txt, .sse or .json recording.`,
  );
}

function frameChunks(text: string, index: number, path: string): string[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length === 0)
    throw new Error(`Emulator replay: recording "${path}" is empty.`);
  const events = lines.map((line) => ({ line, type: eventType(line) }));
  if (events[0]?.type === undefined) {
    return [...lines.map((line) => `data: ${line}\n\n`), 'data: [DONE]\n\n'];
  }
  const streams: Array<typeof events> = [];
  for (const event of events) {
    if (event.type === 'response.created' || streams.length === 0)
      streams.push([]);
    streams.at(-1)?.push(event);
  }
  const stream = streams[index];
  if (!stream) {
    throw new Error(
      `Emulator replay: "${path}" holds ${streams.length} stream(s); index ${index} does not exist.`,
    );
  }
  return stream.map(({ line, type }) => `event: ${type}\ndata: ${line}\n\n`);
}

/** The Responses event type of a line; `undefined` for a Chat Completions chunk (which has no `type`). */
function eventType(line: string): string | undefined {
  let parsed: { type?: unknown };
  try {
    parsed = JSON.parse(line) as { type?: unknown };
  } catch {
    throw new Error(
      `Emulator replay: a line of the recording is not JSON: ${line.slice(0, 80)}`,
    );
  }
  return typeof parsed.type === 'string' ? parsed.type : undefined;
}
