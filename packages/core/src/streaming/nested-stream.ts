import type { EventSink } from './event-sink.js';
import type {
  RunStreamEvent,
  StreamEventOrigin,
  StreamEventPathEntry,
} from './events.js';

/** How a nested run (an agent tool's) streams, once it is known where its events go. @internal */
export interface NestedStream {
  /** The nested run's sink. */
  sink: EventSink;
  /** Where its events come from. */
  origin: StreamEventOrigin;
  /** Whether its events, and deeper ones, reach the top-level run's stream. */
  forward: boolean;
  /** The top-level run's sink. */
  root: EventSink;
}

/**
 * The sink of a nested run: it tags each event with where it comes from and passes it straight to the top-level
 * run's sink (when that run streams nested events) and to the agent tool's own listener (`onStream`). A nested run
 * whose events nobody reads gets an inactive sink, so it calls its model without streaming.
 * @internal
 */
export function nestedStream(options: {
  /** The top-level run's sink. */
  root: EventSink;
  /** Where the calling run's own events come from; undefined for the top-level run. */
  parentOrigin: StreamEventOrigin | undefined;
  /** The agent-tool call the nested run answers. */
  entry: StreamEventPathEntry;
  /** Whether the top-level run streams nested events (and the calling run's do reach it). */
  forward: boolean;
  /** The agent tool's own listener, if any. */
  listener?: (event: RunStreamEvent) => void;
}): NestedStream {
  const { root, entry, listener } = options;
  const forward = options.forward && root.active;
  const path = [...(options.parentOrigin?.path ?? []), entry];
  const origin: StreamEventOrigin = { path, depth: path.length };
  const sink: EventSink = {
    active: forward || listener !== undefined,
    emit(event) {
      const tagged = { ...event, origin } as RunStreamEvent;
      if (forward) root.emit(tagged);
      listener?.(tagged);
    },
  };
  return { sink, origin, forward, root };
}
