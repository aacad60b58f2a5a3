/**
 * `@baton/tracing/otel`: Baton's traces as OpenTelemetry spans with the GenAI semantic conventions. Needs
 * `@opentelemetry/api` (an optional peer dependency) and a tracer provider of your OpenTelemetry setup.
 * @see docs/tracing-opentelemetry.md
 * @module
 */
export {
  OpenTelemetryTracingProcessor,
  type OpenTelemetryTracingProcessorOptions,
} from './opentelemetry-tracing-processor.js';
export type {
  TracedSpan,
  TracedSpanData,
  TracedSpanError,
  TracedTrace,
} from './traced-span.js';
