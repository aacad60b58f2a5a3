import {
  UserError,
  type Model,
  type ModelRequest,
  type ModelResponse,
  type ModelStreamEvent,
} from '@baton/core';
import { raceAbort } from './race-abort.js';
import { streamEventsFromResponse } from './stream-events-from-response.js';

/** Computes a response from the request, for scripts that depend on what the run sent. */
export type ScriptedResponder = (
  request: ModelRequest,
) => ModelResponse | Promise<ModelResponse>;

/** A scripted stream: these events are yielded as they are (end them with a `response_done` event). */
export interface ScriptedStream {
  /** The events `getStreamedResponse` yields, in order. */
  events: ModelStreamEvent[];
}

/**
 * One scripted model call: a response to return, a responder to compute one, an error to throw, or the exact
 * events of a stream.
 */
export type ScriptedEntry =
  ModelResponse | ScriptedResponder | Error | ScriptedStream;

/**
 * An in-process {@link Model} that answers from a queue: each call, streamed or not, consumes the next entry.
 * Every request is recorded in `requests`, so a test can check what the run sent.
 *
 * @example
 * ```ts
 * const model = new ScriptedModel([
 *   modelResponse([functionCall('get_weather', { city: 'Paris' })]),
 *   modelResponse([textMessage('It is sunny in Paris.')]),
 * ]);
 * // ... run an agent on `model` ...
 * model.assertComplete();
 * expect(model.requests[1].input.at(-1)).toMatchObject({ type: 'function_call_output' });
 * ```
 * @see docs/testing-with-the-emulator.md in the Baton repository
 */
export class ScriptedModel implements Model {
  /** Every request received, in order (streamed and non-streamed alike). */
  readonly requests: ModelRequest[] = [];
  #queue: ScriptedEntry[];

  /** @param entries the answers to give, one per call, in order. */
  constructor(entries: ScriptedEntry[] = []) {
    this.#queue = [...entries];
  }

  /** How many scripted entries have not been consumed yet. */
  get remaining(): number {
    return this.#queue.length;
  }

  /** Appends entries to the end of the queue. */
  enqueue(...entries: ScriptedEntry[]): void {
    this.#queue.push(...entries);
  }

  /** Throws if some scripted entries were never consumed: the run made fewer model calls than the test expects. */
  assertComplete(): void {
    if (this.#queue.length === 0) return;
    throw new Error(
      `ScriptedModel: ${this.#queue.length} scripted entr${this.#queue.length === 1 ? 'y was' : 'ies were'} ` +
        `never used (${this.requests.length} call(s) made). Remove them or check why the run stopped early.`,
    );
  }

  /** Answers with the next entry; a scripted stream's `response_done` response is returned. */
  async getResponse(request: ModelRequest): Promise<ModelResponse> {
    const entry = this.#take(request);
    if (request.signal?.aborted) throw request.signal.reason;
    return raceAbort(resolveEntry(entry, request), request.signal);
  }

  /**
   * Streams the next entry. A scripted stream is yielded as it is; any other entry is turned into
   * `response_started`, text deltas and `response_done`. Aborting `request.signal` rejects the pending `next()`
   * with the signal's reason.
   */
  getStreamedResponse(request: ModelRequest): AsyncIterable<ModelStreamEvent> {
    // Taken now, not on first iteration, so `requests` and the queue reflect the call immediately.
    const entry = this.#take(request);
    return streamEntry(entry, request);
  }

  #take(request: ModelRequest): ScriptedEntry | Error {
    this.requests.push(request);
    const entry = this.#queue.shift();
    if (entry !== undefined) return entry;
    return new UserError(
      `ScriptedModel: no scripted entry left for model call #${this.requests.length}. ` +
        'The run called the model more often than scripted: add entries, or check for an unexpected loop.',
    );
  }
}

async function resolveEntry(
  entry: ScriptedEntry,
  request: ModelRequest,
): Promise<ModelResponse> {
  if (entry instanceof Error) throw entry;
  if (typeof entry === 'function') return entry(request);
  if (isScriptedStream(entry)) return responseOfStream(entry);
  return entry;
}

async function* streamEntry(
  entry: ScriptedEntry,
  request: ModelRequest,
): AsyncGenerator<ModelStreamEvent> {
  const { signal } = request;
  const events = isScriptedStream(entry)
    ? entry.events
    : streamEventsFromResponse(
        await raceAbort(resolveEntry(entry, request), signal),
      );
  for (const event of events) {
    if (signal?.aborted) throw signal.reason;
    // One macrotask per event lets an abort fired by the consumer between events land before the next yield.
    await raceAbort(new Promise((resolve) => setImmediate(resolve)), signal);
    yield event;
  }
}

function isScriptedStream(entry: ScriptedEntry): entry is ScriptedStream {
  return (
    typeof entry === 'object' &&
    entry !== null &&
    'events' in entry &&
    Array.isArray(entry.events)
  );
}

function responseOfStream(stream: ScriptedStream): ModelResponse {
  const done = stream.events.find((event) => event.type === 'response_done');
  if (done?.type === 'response_done') return done.response;
  throw new UserError(
    'ScriptedModel: a scripted stream was used for a non-streaming call but has no `response_done` event. ' +
      'Add one carrying the response.',
  );
}
