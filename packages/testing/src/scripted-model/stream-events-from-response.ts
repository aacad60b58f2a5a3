import type { ModelResponse, ModelStreamEvent } from '@baton/core';
import { splitIntoDeltas } from '../internal/split-into-deltas.js';

/** How many deltas a scripted text part is cut into: enough to exercise delta handling, few enough to read. */
const DELTAS_PER_TEXT_PART = 3;

/**
 * The stream a model would produce for `response`: `response_started`, a few `output_text_delta` events per text
 * part of each assistant message, then `response_done` carrying the response.
 * @internal
 */
export function streamEventsFromResponse(
  response: ModelResponse,
): ModelStreamEvent[] {
  const events: ModelStreamEvent[] = [{ type: 'response_started' }];
  for (const item of response.output) {
    if (item.type !== 'message' || !Array.isArray(item.content)) continue;
    for (const part of item.content as Array<{
      type?: unknown;
      text?: unknown;
    }>) {
      if (part.type !== 'output_text' || typeof part.text !== 'string')
        continue;
      for (const delta of splitIntoDeltas(part.text, DELTAS_PER_TEXT_PART)) {
        events.push({ type: 'output_text_delta', delta });
      }
    }
  }
  events.push({ type: 'response_done', response });
  return events;
}
