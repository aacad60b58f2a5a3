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
 * @internal The key of the method by which a model stream pushes its events to a callback (`@baton/core` reads
 * it by the same `Symbol.for` name): a run reads every event that way, without an async-iterator hop per event.
 */
export const PUSH_MODEL_EVENTS = Symbol.for('baton.model.pushEvents');

/**
 * @internal A model stream that can be iterated, or read by pushing: `[PUSH_MODEL_EVENTS](onEvent)` delivers every
 * event to `onEvent` as it arrives and settles when the stream has ended; `onEvent` returning `false` stops it
 * early, as leaving a `for await` loop would (the HTTP response is closed). Use one way, once.
 */
export type ModelEventStream = AsyncGenerator<
  ModelStreamEvent,
  void,
  undefined
> & {
  [PUSH_MODEL_EVENTS](
    onEvent: (event: ModelStreamEvent) => boolean,
  ): Promise<void>;
};

/**
 * @internal The events of one `openai` stream, both ways: as an async generator ({@link streamModelEvents}), and
 * pushed ({@link pushModelEvents}). Nothing is requested until one of them starts.
 */
export function modelEventStream<TEvent>(
  translation: StreamTranslation<TEvent>,
): ModelEventStream {
  const stream = streamModelEvents(translation) as ModelEventStream;
  stream[PUSH_MODEL_EVENTS] = (onEvent) =>
    pushModelEvents(translation, onEvent);
  return stream;
}

/**
 * @internal Reads an `openai` stream as Baton events in a single async generator (every event crosses one
 * generator, not a chain of them), and guarantees the HTTP response is closed however reading ends: when the
 * consumer leaves early, the stream's controller is aborted before the iterator is returned (v6 waits on the
 * body's cancellation otherwise). Errors are mapped with {@link toModelError}; a stream that the caller's signal
 * cut short (the client ends it quietly) ends with the signal's reason. A read error once the translation reports
 * the response complete is not an error: everything the caller needs has arrived.
 */
export async function* streamModelEvents<TEvent>(
  translation: StreamTranslation<TEvent>,
): AsyncGenerator<ModelStreamEvent, void, undefined> {
  const stream = await openStream(translation);
  const iterator = stream[Symbol.asyncIterator]();
  let ended = false;
  try {
    while (true) {
      let result: IteratorResult<TEvent>;
      try {
        result = await iterator.next();
      } catch (error) {
        ended = true;
        if (translation.isComplete?.()) break;
        throw readError(error, translation);
      }
      if (result.done) {
        ended = true;
        throwIfAborted(translation);
        break;
      }
      // Baton's own events first, then the raw one they came from: the order @openai/agents streams them in.
      const derived = translation.translate(result.value);
      if (derived !== undefined) {
        if (Array.isArray(derived)) yield* derived as ModelStreamEvent[];
        else yield derived as ModelStreamEvent;
      }
      yield { type: 'model', event: result.value };
    }
  } finally {
    if (!ended) await closeEarly(stream, iterator);
  }
  const closing = translation.finish();
  if (closing) yield closing;
}

/**
 * @internal {@link streamModelEvents} without the generator: the same events in the same order, the same errors and
 * the same closing of the HTTP response, handed to `onEvent` as they come. `onEvent` returning `false` stops
 * reading (no further event is delivered, and the closing event is not made).
 */
export async function pushModelEvents<TEvent>(
  translation: StreamTranslation<TEvent>,
  onEvent: (event: ModelStreamEvent) => boolean,
): Promise<void> {
  const stream = await openStream(translation);
  const iterator = stream[Symbol.asyncIterator]();
  let ended = false;
  try {
    while (true) {
      // Read here, not in a helper: an async helper would add a promise per event, the cost this path avoids.
      let result: IteratorResult<TEvent>;
      try {
        result = await iterator.next();
      } catch (error) {
        ended = true;
        if (translation.isComplete?.()) break;
        throw readError(error, translation);
      }
      if (result.done) {
        ended = true;
        throwIfAborted(translation);
        break;
      }
      const derived = translation.translate(result.value);
      if (derived !== undefined) {
        if (Array.isArray(derived)) {
          for (const event of derived as ModelStreamEvent[])
            if (!onEvent(event)) return;
        } else if (!onEvent(derived as ModelStreamEvent)) return;
      }
      if (!onEvent({ type: 'model', event: result.value })) return;
    }
  } finally {
    if (!ended) await closeEarly(stream, iterator);
  }
  const closing = translation.finish();
  if (closing) onEvent(closing);
}

async function openStream<TEvent>(
  translation: StreamTranslation<TEvent>,
): Promise<ClientStream<TEvent>> {
  try {
    return await translation.open();
  } catch (error) {
    throw toModelError(error, { signal: translation.signal });
  }
}

/** A read that failed mid-stream, as a Baton error. */
function readError<TEvent>(
  error: unknown,
  translation: StreamTranslation<TEvent>,
): unknown {
  return toModelError(error, { signal: translation.signal, midStream: true });
}

/** A stream the caller's signal cut short ends quietly in the client: it ends with the signal's reason here. */
function throwIfAborted<TEvent>(translation: StreamTranslation<TEvent>): void {
  const { signal } = translation;
  if (signal?.aborted) throw abortReason(signal);
}

/** Closes a stream the reader leaves before its end: the controller first (v6 waits on the body's cancellation). */
async function closeEarly<TEvent>(
  stream: ClientStream<TEvent>,
  iterator: AsyncIterator<TEvent>,
): Promise<void> {
  stream.controller?.abort();
  await iterator.return?.()?.catch(() => undefined);
}

/** @internal What to throw once `signal` has fired: its reason, or a standard `AbortError`. */
export function abortReason(signal: AbortSignal): unknown {
  return (
    signal.reason ??
    new DOMException('This operation was aborted', 'AbortError')
  );
}
