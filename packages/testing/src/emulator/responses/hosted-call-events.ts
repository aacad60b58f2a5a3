import { splitIntoDeltas } from '../../internal/split-into-deltas.js';
import type { ResponseEvent } from './response-stream-events.js';

type Item = Record<string, unknown>;

/**
 * The events of a hosted tool's call item, in the live API's order (see the recordings): `output_item.added` with
 * the call as it starts, `response.<type>.in_progress`, the working phase (`searching`, the code's deltas then
 * `interpreting`, `generating` and any partial images), `response.<type>.completed`, then `output_item.done` with
 * the whole item. Undefined for an item that is not a hosted call.
 * @internal
 */
export function hostedCallEvents(
  item: Item,
  outputIndex: number,
  partialImages = 0,
): ResponseEvent[] | undefined {
  const type = String(item.type);
  const at = { output_index: outputIndex, item_id: item.id };
  const phase = (name: string): ResponseEvent => ({
    type: `response.${type}.${name}`,
    ...at,
  });
  const working = workingEvents(item, at, phase, partialImages);
  if (!working) return undefined;
  return [
    {
      type: 'response.output_item.added',
      output_index: outputIndex,
      item: startedItem(item),
    },
    phase('in_progress'),
    ...working,
    phase('completed'),
    { type: 'response.output_item.done', output_index: outputIndex, item },
  ];
}

function workingEvents(
  item: Item,
  at: Item,
  phase: (name: string) => ResponseEvent,
  partialImages: number,
): ResponseEvent[] | undefined {
  switch (item.type) {
    case 'web_search_call':
    case 'file_search_call':
      return [phase('searching')];
    case 'code_interpreter_call': {
      const code = typeof item.code === 'string' ? item.code : '';
      return [
        ...splitIntoDeltas(code).map((delta) => ({
          type: 'response.code_interpreter_call_code.delta',
          ...at,
          delta,
        })),
        { type: 'response.code_interpreter_call_code.done', ...at, code },
        phase('interpreting'),
      ];
    }
    case 'image_generation_call': {
      const image = typeof item.result === 'string' ? item.result : '';
      const partials = image === '' ? 0 : Math.min(partialImages, 3);
      return [
        phase('generating'),
        ...Array.from({ length: partials }, (_, index) => ({
          type: 'response.image_generation_call.partial_image',
          ...at,
          partial_image_index: index,
          partial_image_b64: image,
        })),
      ];
    }
    default:
      return undefined;
  }
}

/** The item as `output_item.added` shows it: in progress, without what the call finds (see the recordings). */
function startedItem(item: Item): Item {
  const started: Item = { id: item.id, type: item.type, status: 'in_progress' };
  switch (item.type) {
    case 'file_search_call':
      return { ...started, queries: [], results: null };
    case 'code_interpreter_call':
      return {
        ...started,
        container_id: item.container_id,
        code: '',
        outputs: null,
      };
    case 'image_generation_call':
      return { ...started, result: null };
    default:
      return started;
  }
}
