import type { ModelStreamEvent } from '@baton/core';
import { toModelError } from './to-model-error.js';

/** @internal The parts of an `openai` `Stream` this module relies on (present in v6 and v7). */
export interface ClientStream<TEvent> extends AsyncIterable<TEvent> {
  controller?: AbortController;
}

/** @internal How one API's stream becomes Baton stream events. */
export interface StreamTranslation<TEvent> {
  /** Opens the stream (the `create` call with `stream: true`). */
  open(): Promise<ClientStream<TEvent>>;
  /** The caller's signal, also given to `open`. */
  signal: AbortSignal | undefined;
  /** The Baton events one raw event implies besides its `{ type: 'model' }` echo; throws for error events. */
  translate(
    event: TEvent,
  ): ModelStreamEvent | readonly ModelStreamEvent[] | undefined;
  /** Called when the stream ends normally: the closing event, if the translation emits one at the end; throws if the stream was cut short. */
  finish(): ModelStreamEvent | undefined;
  /**
   * Whether the response is already whole (its terminal event has been read). A transport error after that point
   * (a reset before the body's clean end) then ends the stream normally instead of discarding a complete response.
   */
  isComplete?(): boolean;
}

/**
 * @internal Reads an `openai` stream as Baton events, and guarantees the HTTP response is closed however reading
 * ends: when the consumer leaves early, the stream's controller is aborted before the iterator is returned (v6 waits
 * on the body's cancellation otherwise). Errors are mapped with {@link toModelError}; a stream that the caller's
 * signal cut short (the client ends it quietly) ends with the signal's reason. A read error once the translation
 * reports the response complete is not an error: everything the caller needs has arrived.
 *
 * A hand-written iterator rather than an async generator: this runs for every SSE event of every stream, and a
 * generator's `yield` costs an extra await and promise per event on top of the client's own read.
 */
export function streamModelEvents<TEvent>(
  translation: StreamTranslation<TEvent>,
): AsyncIterableIterator<ModelStreamEvent> {
  return new ModelEventReader(translation);
}

class ModelEventReader<
  TEvent,
> implements AsyncIterableIterator<ModelStreamEvent> {
  readonly #translation: StreamTranslation<TEvent>;
  #stream: ClientStream<TEvent> | undefined;
  #iterator: AsyncIterator<TEvent> | undefined;
  /** Events already translated, waiting for their `next()`: a raw event's echo after what it implied. */
  #pending: ModelStreamEvent[] = [];
  #pendingIndex = 0;
  /** The client's stream has ended (read to its end, or failed): nothing to close. */
  #finished = false;
  /** No more events: the closing event was handed out, reading failed, or the consumer left. */
  #done = false;

  constructor(translation: StreamTranslation<TEvent>) {
    this.#translation = translation;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<ModelStreamEvent, undefined>> {
    if (this.#pendingIndex < this.#pending.length) {
      const value = this.#pending[this.#pendingIndex++]!;
      if (this.#pendingIndex === this.#pending.length) {
        this.#pending.length = 0;
        this.#pendingIndex = 0;
      }
      return Promise.resolve({ value, done: false });
    }
    if (this.#done) return Promise.resolve({ value: undefined, done: true });
    return this.#read();
  }

  async return(): Promise<IteratorResult<ModelStreamEvent, undefined>> {
    this.#done = true;
    this.#pending.length = 0;
    this.#pendingIndex = 0;
    await this.#close();
    return { value: undefined, done: true };
  }

  async #read(): Promise<IteratorResult<ModelStreamEvent, undefined>> {
    const { signal } = this.#translation;
    const iterator = this.#iterator ?? (await this.#open());
    let result: IteratorResult<TEvent>;
    try {
      result = await iterator.next();
    } catch (error) {
      this.#finished = true;
      if (this.#translation.isComplete?.()) return this.#end();
      this.#done = true;
      throw toModelError(error, { signal, midStream: true });
    }
    if (result.done) {
      this.#finished = true;
      if (signal?.aborted) {
        this.#done = true;
        throw abortReason(signal);
      }
      return this.#end();
    }
    let derived: ModelStreamEvent | readonly ModelStreamEvent[] | undefined;
    try {
      derived = this.#translation.translate(result.value);
    } catch (error) {
      this.#done = true;
      await this.#close();
      throw error;
    }
    // Baton's own events first, then the raw one they came from: the order @openai/agents streams them in.
    const echo: ModelStreamEvent = { type: 'model', event: result.value };
    if (derived === undefined) return { value: echo, done: false };
    if (!isList(derived)) {
      this.#pending.push(echo);
      return { value: derived, done: false };
    }
    if (derived.length === 0) return { value: echo, done: false };
    for (let index = 1; index < derived.length; index++)
      this.#pending.push(derived[index]!);
    this.#pending.push(echo);
    return { value: derived[0]!, done: false };
  }

  async #open(): Promise<AsyncIterator<TEvent>> {
    let stream: ClientStream<TEvent>;
    try {
      stream = await this.#translation.open();
    } catch (error) {
      this.#done = true;
      throw toModelError(error, { signal: this.#translation.signal });
    }
    this.#stream = stream;
    this.#iterator = stream[Symbol.asyncIterator]();
    return this.#iterator;
  }

  /** The stream ended normally: hands out the translation's closing event, if any (it throws if cut short). */
  #end(): IteratorResult<ModelStreamEvent, undefined> {
    this.#done = true;
    const closing = this.#translation.finish();
    return closing
      ? { value: closing, done: false }
      : { value: undefined, done: true };
  }

  async #close(): Promise<void> {
    if (this.#finished || !this.#iterator) return;
    this.#finished = true;
    this.#stream?.controller?.abort();
    await this.#iterator.return?.()?.catch(() => undefined);
  }
}

function isList(
  derived: ModelStreamEvent | readonly ModelStreamEvent[],
): derived is readonly ModelStreamEvent[] {
  return Array.isArray(derived);
}

/** @internal What to throw once `signal` has fired: its reason, or a standard `AbortError`. */
export function abortReason(signal: AbortSignal): unknown {
  return (
    signal.reason ??
    new DOMException('This operation was aborted', 'AbortError')
  );
}
