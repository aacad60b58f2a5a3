import type { Agent } from '../agent/agent.js';
import type { ResolvedRunConfig } from '../run/run-config.js';
import type { RunState } from '../state/run-state.js';
import type { EventSink } from '../streaming/event-sink.js';
import type { StreamEventOrigin } from '../streaming/events.js';
import type { ToolCallDetails } from './function-tool.js';

/**
 * What a function call's `execute` may reach of the run that makes the call, beyond its public `details`: what an
 * agent tool needs to run its agent as part of that run (stream, settings, a nested run waiting for approval).
 * @internal
 */
export interface ToolCallScope {
  /** The agent whose tool it is. */
  readonly agent: Agent<any, any>;
  /** The calling run's state. */
  readonly state: RunState<any, any>;
  /** The calling run's settings. */
  readonly config: ResolvedRunConfig;
  /** The top-level run's sink (the calling run's own when it is the top-level run). */
  readonly root: EventSink;
  /** Where the calling run's events come from; undefined for the top-level run. */
  readonly origin: StreamEventOrigin | undefined;
  /** Whether the top-level run streams the events of nested runs (and the calling run's reach it). */
  readonly nestedEvents: boolean;
  /** The nested run this very call left waiting for approval, to resume now (a live state or its JSON). */
  readonly pending: RunState<any, any> | Record<string, unknown> | undefined;
  /** Set by an agent tool whose nested run stopped for approvals: the call waits with it and gets no output. */
  suspended?: RunState<any, any>;
}

const scopes = new WeakMap<ToolCallDetails, ToolCallScope>();

/** Ties a scope to the details one `execute` call receives. @internal */
export function attachToolCallScope(
  details: ToolCallDetails,
  scope: ToolCallScope | undefined,
): ToolCallDetails {
  if (scope) scopes.set(details, scope);
  return details;
}

/** The scope of the call `details` belongs to; undefined for a tool invoked outside a run. @internal */
export function toolCallScope(
  details: ToolCallDetails | undefined,
): ToolCallScope | undefined {
  return details ? scopes.get(details) : undefined;
}
