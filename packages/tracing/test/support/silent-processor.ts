import type { TracingProcessor } from '../../src/index.js';

/** A processor that hears everything and does nothing: for spans and traces made by hand in a test. */
export const silent: TracingProcessor = {
  onTraceStart: async () => {},
  onTraceEnd: async () => {},
  onSpanStart: async () => {},
  onSpanEnd: async () => {},
  shutdown: async () => {},
  forceFlush: async () => {},
};
