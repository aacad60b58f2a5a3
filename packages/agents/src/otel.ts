/**
 * `@baton/agents/otel`: Baton's traces as OpenTelemetry spans with the GenAI semantic conventions (the
 * `@baton/tracing/otel` entry, through the package applications import). Needs `@opentelemetry/api` and an
 * OpenTelemetry tracer provider of your setup.
 * @example
 * import { addTraceProcessor } from '@baton/agents';
 * import { OpenTelemetryTracingProcessor } from '@baton/agents/otel';
 * addTraceProcessor(new OpenTelemetryTracingProcessor());
 * @see docs/tracing-opentelemetry.md
 * @module
 */
export {
  OpenTelemetryTracingProcessor,
  type OpenTelemetryTracingProcessorOptions,
  type TracedSpan,
  type TracedSpanData,
  type TracedSpanError,
  type TracedTrace,
} from '@baton/tracing/otel';
