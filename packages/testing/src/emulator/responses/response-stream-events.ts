import type { AgentOutputItem } from '@baton/core';
import { hostedCallEvents } from './hosted-call-events.js';
import {
  chunkString,
  splitIntoDeltas,
} from '../../internal/split-into-deltas.js';

/** A stream event before framing; `sequence_number` is added by {@link frameResponseEvents}. @internal */
export type ResponseEvent = { type: string } & Record<string, unknown>;

/** Function-call argument deltas are this many characters, like the short fragments the live API sends. */
const ARGUMENT_DELTA_SIZE = 8;

/**
 * The events of a successful streamed response, in the live API's order: `response.created`,
 * `response.in_progress`, per item `output_item.added` … `output_item.done`, then `response.completed` carrying
 * the whole response. `pending` is the response as it stands before any output.
 * @internal
 */
export function responseStreamEvents(
  pending: Record<string, unknown>,
  completed: Record<string, unknown>,
): ResponseEvent[] {
  const events: ResponseEvent[] = [
    { type: 'response.created', response: pending },
    { type: 'response.in_progress', response: pending },
  ];
  const output = (completed.output ?? []) as AgentOutputItem[];
  const partialImages = partialImagesOf(completed.tools);
  output.forEach((item, index) =>
    events.push(
      ...(hostedCallEvents(
        item as Record<string, unknown>,
        index,
        partialImages,
      ) ?? itemEvents(item, index)),
    ),
  );
  events.push({ type: 'response.completed', response: completed });
  return events;
}

function partialImagesOf(tools: unknown): number {
  const tool = Array.isArray(tools)
    ? (tools as Array<Record<string, unknown>>).find(
        (entry) => entry?.type === 'image_generation',
      )
    : undefined;
  return typeof tool?.partial_images === 'number' ? tool.partial_images : 0;
}

/**
 * Adds increasing `sequence_number`s (right after `type`, where the live API puts them) and frames each event
 * as `event: <type>\ndata: <json>\n\n`.
 * @internal
 */
export function frameResponseEvents(events: ResponseEvent[]): string[] {
  return events.map(({ type, ...rest }, sequence) => {
    const { sequence_number: _ignored, ...fields } = rest;
    return `event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: sequence, ...fields })}\n\n`;
  });
}

function itemEvents(
  item: AgentOutputItem,
  outputIndex: number,
): ResponseEvent[] {
  const record = item as Record<string, unknown>;
  const at = { output_index: outputIndex };
  const done: ResponseEvent = {
    type: 'response.output_item.done',
    ...at,
    item,
  };
  switch (item.type) {
    case 'message': {
      const added = { ...record, status: 'in_progress', content: [] };
      const parts = (
        Array.isArray(record.content) ? record.content : []
      ) as Array<Record<string, unknown>>;
      const partEvents = parts.flatMap((part, contentIndex) =>
        contentPartEvents(part, {
          item_id: record.id,
          ...at,
          content_index: contentIndex,
        }),
      );
      return [
        { type: 'response.output_item.added', ...at, item: added },
        ...partEvents,
        done,
      ];
    }
    case 'function_call': {
      const args = String(record.arguments ?? '');
      const ids = { item_id: record.id, ...at };
      return [
        {
          type: 'response.output_item.added',
          ...at,
          item: { ...record, status: 'in_progress', arguments: '' },
        },
        ...chunkString(args, ARGUMENT_DELTA_SIZE).map((delta) => ({
          type: 'response.function_call_arguments.delta',
          ...ids,
          delta,
        })),
        // The live API leaves `name` out of this event (see the recordings), so the emulator does too.
        {
          type: 'response.function_call_arguments.done',
          ...ids,
          arguments: args,
        },
        done,
      ];
    }
    case 'reasoning': {
      const summary = (
        Array.isArray(record.summary) ? record.summary : []
      ) as Array<{ text?: string }>;
      const ids = { item_id: record.id, ...at };
      return [
        {
          type: 'response.output_item.added',
          ...at,
          item: { ...record, summary: [] },
        },
        ...summary.flatMap((part, summaryIndex) =>
          summaryEvents(part.text ?? '', {
            ...ids,
            summary_index: summaryIndex,
          }),
        ),
        done,
      ];
    }
    default:
      return [{ type: 'response.output_item.added', ...at, item }, done];
  }
}

function contentPartEvents(
  part: Record<string, unknown>,
  ids: Record<string, unknown>,
): ResponseEvent[] {
  if (part.type === 'refusal') {
    const refusal = String(part.refusal ?? '');
    return [
      {
        type: 'response.content_part.added',
        ...ids,
        part: { type: 'refusal', refusal: '' },
      },
      ...splitIntoDeltas(refusal).map((delta) => ({
        type: 'response.refusal.delta',
        ...ids,
        delta,
      })),
      { type: 'response.refusal.done', ...ids, refusal },
      { type: 'response.content_part.done', ...ids, part },
    ];
  }
  const text = String(part.text ?? '');
  const full = {
    type: 'output_text',
    annotations: [],
    logprobs: [],
    ...part,
    text,
  };
  return [
    {
      type: 'response.content_part.added',
      ...ids,
      part: { ...full, annotations: [], text: '' },
    },
    ...textDeltaEvents(text, full.annotations, ids),
    { type: 'response.output_text.done', ...ids, text, logprobs: [] },
    { type: 'response.content_part.done', ...ids, part: full },
  ];
}

/**
 * The text's deltas, each annotation announced (`output_text.annotation.added`) right after the delta that
 * completes the text it applies to, as the live API does.
 */
function textDeltaEvents(
  text: string,
  annotations: unknown,
  ids: Record<string, unknown>,
): ResponseEvent[] {
  const pending = (Array.isArray(annotations) ? annotations : []).map(
    (annotation: Record<string, unknown>, index) => ({ annotation, index }),
  );
  const events: ResponseEvent[] = [];
  let position = 0;
  const announce = (upTo: number) => {
    while (pending[0] && annotationEnd(pending[0].annotation) <= upTo) {
      const { annotation, index } = pending.shift()!;
      events.push({
        type: 'response.output_text.annotation.added',
        ...ids,
        annotation_index: index,
        annotation,
      });
    }
  };
  for (const delta of splitIntoDeltas(text)) {
    events.push({
      type: 'response.output_text.delta',
      ...ids,
      delta,
      logprobs: [],
    });
    position += delta.length;
    announce(position);
  }
  announce(Number.POSITIVE_INFINITY);
  return events;
}

function annotationEnd(annotation: Record<string, unknown>): number {
  const end = annotation.end_index ?? annotation.index;
  return typeof end === 'number' ? end : 0;
}

function summaryEvents(
  text: string,
  ids: Record<string, unknown>,
): ResponseEvent[] {
  const part = { type: 'summary_text', text };
  return [
    {
      type: 'response.reasoning_summary_part.added',
      ...ids,
      part: { type: 'summary_text', text: '' },
    },
    ...splitIntoDeltas(text).map((delta) => ({
      type: 'response.reasoning_summary_text.delta',
      ...ids,
      delta,
    })),
    { type: 'response.reasoning_summary_text.done', ...ids, text },
    { type: 'response.reasoning_summary_part.done', ...ids, part },
  ];
}
