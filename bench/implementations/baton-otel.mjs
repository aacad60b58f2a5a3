/**
 * The Baton scenario with tracing on and exported to OpenTelemetry: Baton's OpenTelemetry processor on an SDK
 * tracer provider with the batching span processor, whose exporter drops what it is given (the cost measured is
 * Baton's and the OTel SDK's, not a collector's). The same agents as `baton.mjs`.
 */
import { createImplementation as createUntraced } from './baton.mjs';

export { PACKAGE } from './baton.mjs';

/** An OTel span exporter that accepts every batch and keeps nothing. */
const dropSpans = {
  export(_spans, done) {
    done({ code: 0 });
  },
  shutdown: async () => {},
  forceFlush: async () => {},
};

export async function createImplementation(options) {
  const sdk = await import('@baton/agents');
  const { OpenTelemetryTracingProcessor } = await import('@baton/agents/otel');
  const { BasicTracerProvider, BatchSpanProcessor } =
    await import('@opentelemetry/sdk-trace-base');
  // `timeScale` (above 1 only under callgrind) stretches the SDK's default export delay of 5 s.
  const provider = new BasicTracerProvider({
    spanProcessors: [
      new BatchSpanProcessor(dropSpans, {
        scheduledDelayMillis: 5000 * (options.timeScale ?? 1),
      }),
    ],
  });
  sdk.setTracingDisabled(false);
  sdk.setTraceProcessors([
    new OpenTelemetryTracingProcessor({ tracerProvider: provider }),
  ]);
  return createUntraced(options);
}
