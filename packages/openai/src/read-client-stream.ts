import { toModelError } from './to-model-error.js';

/** @internal The parts of an `openai` `Stream` this module relies on (present in v6 and v7). */
export interface ClientStream<TEvent> extends AsyncIterable<TEvent> {
  controller?: AbortController;
}

/**
 * @internal Reads an `openai` stream and guarantees the HTTP response is closed however reading ends: when the
 * consumer leaves early, the stream's controller is aborted before the iterator is returned (v6 waits on the body's
 * cancellation otherwise). Errors are mapped with {@link toModelError}; a stream that the caller's signal cut
 * short (the client ends it quietly) ends with the signal's reason.
 */
export async function* readClientStream<TEvent>(
  stream: ClientStream<TEvent>,
  signal: AbortSignal | undefined,
): AsyncGenerator<TEvent, void, undefined> {
  const iterator = stream[Symbol.asyncIterator]();
  let finished = false;
  try {
    while (true) {
      let result: IteratorResult<TEvent>;
      try {
        result = await iterator.next();
      } catch (error) {
        finished = true;
        throw toModelError(error, { signal, midStream: true });
      }
      if (result.done) {
        finished = true;
        if (signal?.aborted) throw abortReason(signal);
        return;
      }
      yield result.value;
    }
  } finally {
    if (!finished) {
      stream.controller?.abort();
      await iterator.return?.()?.catch(() => undefined);
    }
  }
}

/** @internal What to throw once `signal` has fired: its reason, or a standard `AbortError`. */
export function abortReason(signal: AbortSignal): unknown {
  return (
    signal.reason ??
    new DOMException('This operation was aborted', 'AbortError')
  );
}
