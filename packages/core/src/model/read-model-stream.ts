import type { ModelStreamEvent } from './model.js';

/**
 * The key under which a provider's stream may offer to push its events (`@baton/openai`'s streams do, by the same
 * `Symbol.for` name): `stream[key](onEvent)` calls `onEvent` for each event, stops reading (closing the response)
 * when it returns `false`, and settles once the stream is over.
 */
const PUSH_MODEL_EVENTS = Symbol.for('baton.model.pushEvents');

type PushingStream = AsyncIterable<ModelStreamEvent> & {
  [PUSH_MODEL_EVENTS]?: (
    onEvent: (event: ModelStreamEvent) => boolean,
  ) => Promise<void>;
};

/**
 * Reads a model's stream to its end, or until `onEvent` returns `false` (which leaves it as a `break` would). A
 * stream that can push its events is read that way: one callback per event instead of an async-iterator round
 * trip, which a run pays for every event of every streamed response. Any other stream is iterated.
 * @internal
 */
export async function readModelStream(
  stream: AsyncIterable<ModelStreamEvent>,
  onEvent: (event: ModelStreamEvent) => boolean,
): Promise<void> {
  const push = (stream as PushingStream)[PUSH_MODEL_EVENTS];
  if (typeof push === 'function') return push.call(stream, onEvent);
  for await (const event of stream) if (!onEvent(event)) break;
}
