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
  const { signal } = translation;
  let stream: ClientStream<TEvent>;
  try {
    stream = await translation.open();
  } catch (error) {
    throw toModelError(error, { signal });
  }
  const iterator = stream[Symbol.asyncIterator]();
  let finished = false;
  try {
    while (true) {
      let result: IteratorResult<TEvent>;
      try {
        result = await iterator.next();
      } catch (error) {
        finished = true;
        if (translation.isComplete?.()) break;
        throw toModelError(error, { signal, midStream: true });
      }
      if (result.done) {
        finished = true;
        if (signal?.aborted) throw abortReason(signal);
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
    if (!finished) {
      stream.controller?.abort();
      await iterator.return?.()?.catch(() => undefined);
    }
  }
  const closing = translation.finish();
  if (closing) yield closing;
}

/** @internal What to throw once `signal` has fired: its reason, or a standard `AbortError`. */
export function abortReason(signal: AbortSignal): unknown {
  return (
    signal.reason ??
    new DOMException('This operation was aborted', 'AbortError')
  );
}
