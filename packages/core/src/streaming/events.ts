import type { Agent } from '../agent/agent.js';
import type { RunItem } from '../items/run-item.js';
import type { ModelStreamEvent } from '../model/model.js';

/** One agent-tool call on the way from the top-level run down to the nested run that produced an event. */
export interface StreamEventPathEntry {
  /** The `call_id` of the agent tool's function call, in the run one level up. */
  readonly toolCallId: string;
  /** The agent tool's name, as the model one level up called it. */
  readonly toolName: string;
  /** The name of the agent the tool runs (the nested run's starting agent). */
  readonly agentName: string;
}

/**
 * Where an event of a nested run comes from: the chain of agent-tool calls from the top-level run down to it.
 * Events of the top-level run have no `origin`; a sub-agent's have depth 1, a sub-agent's sub-agent's depth 2.
 * @see docs/nested-streaming.md
 */
export interface StreamEventOrigin {
  /** The agent-tool calls from the top-level run down, outermost first. */
  readonly path: readonly StreamEventPathEntry[];
  /** How deep the producing run is nested: `path.length`, at least 1. */
  readonly depth: number;
}

/** A model's stream event, forwarded as it arrives (text deltas included). */
export interface RunRawModelStreamEvent {
  readonly type: 'raw_model_stream_event';
  /** The model's event: `output_text_delta`, `response_started`, `response_done`, or a raw provider `model` event. */
  readonly data: ModelStreamEvent;
  /** Set on a nested run's event (`nestedEvents: true`); absent on the top-level run's own. */
  readonly origin?: StreamEventOrigin;
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
  /** Set on a nested run's event (`nestedEvents: true`); absent on the top-level run's own. */
  readonly origin?: StreamEventOrigin;
}

/** The agent in charge changed (also sent once at the start of the run). */
export interface RunAgentUpdatedStreamEvent {
  readonly type: 'agent_updated_stream_event';
  /** The agent now in charge. */
  readonly agent: Agent<any, any>;
  /** Set on a nested run's event (`nestedEvents: true`); absent on the top-level run's own. */
  readonly origin?: StreamEventOrigin;
}

/**
 * Progress a function tool reported while it runs, with `details.emit(data)` (Baton only).
 * @see docs/nested-streaming.md
 */
export interface RunToolProgressStreamEvent {
  readonly type: 'tool_progress_stream_event';
  /** The tool's name. */
  readonly toolName: string;
  /** The `call_id` of the call that is running. */
  readonly callId: string;
  /** The agent whose tool it is. */
  readonly agent: Agent<any, any>;
  /** What the tool passed to `emit`, as it was given. */
  readonly data: unknown;
  /** Set when the tool runs in a nested run (`nestedEvents: true`); absent in the top-level run. */
  readonly origin?: StreamEventOrigin;
}

/** Any event of a streamed run. */
export type RunStreamEvent =
  | RunRawModelStreamEvent
  | RunItemStreamEvent
  | RunAgentUpdatedStreamEvent
  | RunToolProgressStreamEvent;
