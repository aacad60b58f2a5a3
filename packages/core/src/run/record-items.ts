import type { RunItem } from '../items/run-item.js';
import type { RunState } from '../state/run-state.js';
import type { EventSink } from '../streaming/event-sink.js';
import type { RunItemStreamEventName } from '../streaming/events.js';

const EVENT_NAMES: Record<RunItem['type'], RunItemStreamEventName> = {
  message_output_item: 'message_output_created',
  tool_call_item: 'tool_called',
  tool_call_output_item: 'tool_output',
  reasoning_item: 'reasoning_item_created',
  handoff_call_item: 'handoff_requested',
  handoff_output_item: 'handoff_occurred',
  unknown_item: 'unknown_item_created',
};

/** Appends items to the run and announces each on the stream. @internal */
export function recordItems(
  state: RunState<any, any>,
  sink: EventSink,
  items: readonly RunItem[],
): void {
  for (const item of items) {
    state.generatedItems.push(item);
    if (sink.active)
      sink.emit({
        type: 'run_item_stream_event',
        name: EVENT_NAMES[item.type],
        item,
      });
  }
}
