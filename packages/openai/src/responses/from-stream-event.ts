import type { ModelStreamEvent } from '@baton/core';
import { streamedModelError } from '../to-model-error.js';
import { toModelResponse, type ResponseLike } from './from-response.js';

/** @internal What {@link fromStreamEvent} remembers between the events of one stream. */
export interface ResponsesStreamState {
  /** Finished output items by `output_index`, in case the final response arrives without its `output`. */
  doneItems: Map<number, unknown>;
  /** Whether `response_done` has been produced; later events are passed on raw only. */
  finished: boolean;
}

/** @internal A fresh state for one stream. */
export function createResponsesStreamState(): ResponsesStreamState {
  return { doneItems: new Map(), finished: false };
}

/**
 * @internal Translates one raw Responses stream event into the Baton event it implies, if any:
 * `response_started`, `output_text_delta` or the single `response_done` (the raw event itself is passed on by the
 * caller). Events the API reports as failures (`error`, `response.failed`) throw a `ModelRequestError`. Unknown
 * events and fields are ignored. No array per event: this runs for every SSE event of every stream.
 */
export function fromStreamEvent(
  event: unknown,
  state: ResponsesStreamState,
): ModelStreamEvent | undefined {
  if (state.finished || typeof event !== 'object' || event === null)
    return undefined;
  const raw = event as Record<string, unknown>;
  switch (raw.type) {
    case 'response.created': {
      const id = (raw.response as ResponseLike | undefined)?.id;
      return {
        type: 'response_started',
        ...(id && { providerData: { responseId: id } }),
      };
    }
    case 'response.output_text.delta':
      return typeof raw.delta === 'string'
        ? { type: 'output_text_delta', delta: raw.delta }
        : undefined;
    case 'response.output_item.done':
      if (typeof raw.output_index === 'number')
        state.doneItems.set(raw.output_index, raw.item);
      return undefined;
    case 'response.completed':
    case 'response.incomplete': {
      state.finished = true;
      const response = finalResponse(raw.response as ResponseLike, state);
      return {
        type: 'response_done',
        response: { ...response, id: response.responseId },
      };
    }
    case 'response.failed':
      throw toModelResponseError(raw.response as ResponseLike | undefined, raw);
    case 'error':
      throw fromErrorEvent(raw);
    default:
      return undefined;
  }
}

function finalResponse(response: ResponseLike, state: ResponsesStreamState) {
  const hasOutput =
    Array.isArray(response.output) && response.output.length > 0;
  if (hasOutput || state.doneItems.size === 0) return toModelResponse(response);
  const collected = [...state.doneItems.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, item]) => item);
  return toModelResponse({ ...response, output: collected });
}

function toModelResponseError(
  response: ResponseLike | undefined,
  raw: unknown,
) {
  return streamedModelError({
    code: response?.error?.code,
    message: response?.error?.message ?? 'the response failed',
    raw,
  });
}

// The spec describes a flat `error` event; recordings nest its fields under `error`. Both are read.
function fromErrorEvent(raw: Record<string, unknown>) {
  const nested =
    typeof raw.error === 'object' && raw.error !== null
      ? (raw.error as Record<string, unknown>)
      : raw;
  const code =
    text(nested.code) ?? (nested === raw ? undefined : text(nested.type));
  const message = text(nested.message);
  return streamedModelError({ code, message, raw });
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
