import type { Agent } from '../agent/agent.js';
import type { RunItem } from '../items/run-item.js';
import type { ModelStreamEvent } from '../model/model.js';

/** A model's stream event, forwarded as it arrives (text deltas included). */
export interface RunRawModelStreamEvent {
  readonly type: 'raw_model_stream_event';
  /** The model's event: `output_text_delta`, `response_started`, `response_done`, or a raw provider `model` event. */
  readonly data: ModelStreamEvent;
}

/** What happened to a run item. */
export type RunItemStreamEventName =
  | 'message_output_created'
  | 'tool_called'
  | 'tool_output'
  | 'handoff_requested'
  | 'handoff_occurred'
  | 'reasoning_item_created'
  | 'tool_approval_requested'
  | 'unknown_item_created';

/** A run item was created. */
export interface RunItemStreamEvent {
  readonly type: 'run_item_stream_event';
  /** What kind of thing happened. */
  readonly name: RunItemStreamEventName;
  /** The item. */
  readonly item: RunItem;
}

/** The agent in charge changed (also sent once at the start of the run). */
export interface RunAgentUpdatedStreamEvent {
  readonly type: 'agent_updated_stream_event';
  /** The agent now in charge. */
  readonly agent: Agent<any, any>;
}

/** Any event of a streamed run. */
export type RunStreamEvent =
  RunRawModelStreamEvent | RunItemStreamEvent | RunAgentUpdatedStreamEvent;
