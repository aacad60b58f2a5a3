import type { RunStreamEvent } from './events.js';

/**
 * Where the loop reports events. A streamed run passes a sink that queues them for the caller; a plain run passes
 * {@link noopSink}, so both go through the same loop.
 * @internal
 */
export interface EventSink {
  /** Whether anyone listens: lets the loop skip building events nobody reads. */
  readonly active: boolean;
  emit(event: RunStreamEvent): void;
}

/** The sink of a non-streamed run. @internal */
export const noopSink: EventSink = { active: false, emit() {} };
