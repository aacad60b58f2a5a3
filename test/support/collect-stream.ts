import type { ModelResponse, ModelStreamEvent } from '@baton/core';

/** Everything a streamed model call yielded, sorted by kind. */
export interface CollectedStream {
  events: ModelStreamEvent[];
  raw: unknown[];
  text: string;
  started: number;
  done: ModelResponse[];
}

/** Reads a model stream to the end and sorts its events. */
export async function collectStream(
  stream: AsyncIterable<ModelStreamEvent>,
): Promise<CollectedStream> {
  const collected: CollectedStream = {
    events: [],
    raw: [],
    text: '',
    started: 0,
    done: [],
  };
  for await (const event of stream) {
    collected.events.push(event);
    if (event.type === 'model') collected.raw.push(event.event);
    if (event.type === 'output_text_delta') collected.text += event.delta;
    if (event.type === 'response_started') collected.started += 1;
    if (event.type === 'response_done') collected.done.push(event.response);
  }
  return collected;
}
