import { splitIntoDeltas } from '../../internal/split-into-deltas.js';
import type { ResponseEvent } from './response-stream-events.js';

type Item = Record<string, unknown>;

/**
 * The events of a hosted tool's call item, in the live API's order (see the recordings): `output_item.added` with
 * the call as it starts, `response.<type>.in_progress`, the working phase (`searching`, the code's deltas then
 * `interpreting`, `generating` and any partial images), `response.<type>.completed`, then `output_item.done` with
 * the whole item. MCP calls stream their arguments (`response.mcp_call_arguments.delta` / `.done`) and end with
 * `completed` or `failed`; an MCP tool listing has no working phase. Undefined for an item that is not a hosted call.
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
  // A failed MCP call ends with `response.mcp_call.failed`, as on the live API.
  const end =
    item.type === 'mcp_call' && item.error
      ? phase('failed')
      : phase('completed');
  return [
    {
      type: 'response.output_item.added',
      output_index: outputIndex,
      item: startedItem(item),
    },
    phase('in_progress'),
    ...working,
    end,
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
    case 'mcp_list_tools':
      return [];
    case 'mcp_call': {
      const args = typeof item.arguments === 'string' ? item.arguments : '';
      return [
        ...splitIntoDeltas(args).map((delta) => ({
          type: 'response.mcp_call_arguments.delta',
          ...at,
          delta,
        })),
        { type: 'response.mcp_call_arguments.done', ...at, arguments: args },
      ];
    }
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
    case 'mcp_list_tools':
      return {
        id: item.id,
        type: item.type,
        server_label: item.server_label,
        tools: [],
      };
    case 'mcp_call':
      return {
        ...started,
        server_label: item.server_label,
        name: item.name,
        arguments: '',
        output: null,
        error: null,
        ...(item.approval_request_id !== undefined && {
          approval_request_id: item.approval_request_id,
        }),
      };
    default:
      return started;
  }
}
