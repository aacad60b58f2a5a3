import type { RunStreamEvent, UsageData } from '@baton/core';

/**
 * A durable run's stream event as JSON, as the event log keeps it: text deltas of model calls, run items (their
 * JSON form: `rawItem`, the agent's name), agent changes, tools' progress, and one last event saying how the run
 * ended.
 */
export type DurableStreamEvent =
  | { type: 'output_text_delta'; delta: string; step: string }
  | {
      type: 'run_item_stream_event';
      name: string;
      item: Record<string, unknown>;
    }
  | { type: 'agent_updated_stream_event'; agent: { name: string } }
  | {
      type: 'tool_progress_stream_event';
      toolName: string;
      callId: string;
      data: unknown;
    }
  | {
      type: 'run_done';
      finalOutput: unknown;
      usage: UsageData & { requests: number };
    }
  | { type: 'run_failed'; error: string };

/** The JSON of a stream event, or undefined for events the log leaves out (raw provider events). @internal */
export function toDurableStreamEvent(
  event: RunStreamEvent,
  step: string | undefined,
): DurableStreamEvent | undefined {
  switch (event.type) {
    case 'raw_model_stream_event':
      return event.data.type === 'output_text_delta'
        ? {
            type: 'output_text_delta',
            delta: event.data.delta,
            step: step ?? '',
          }
        : undefined;
    case 'run_item_stream_event':
      return {
        type: 'run_item_stream_event',
        name: event.name,
        item: event.item.toJSON() as unknown as Record<string, unknown>,
      };
    case 'agent_updated_stream_event':
      return {
        type: 'agent_updated_stream_event',
        agent: { name: event.agent.name },
      };
    case 'tool_progress_stream_event':
      return {
        type: 'tool_progress_stream_event',
        toolName: event.toolName,
        callId: event.callId,
        data: asJson(event.data),
      };
  }
}

// The log is JSON: a progress value JSON cannot hold (a BigInt, a cycle) goes as its text rather than losing the
// whole batch it travels in.
function asJson(value: unknown): unknown {
  try {
    return value === undefined ? null : JSON.parse(JSON.stringify(value));
  } catch {
    return String(value);
  }
}
