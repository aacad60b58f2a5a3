import { Runner, addTraceProcessor } from '@baton/agents';
import { OpenTelemetryTracingProcessor } from '@baton/agents/otel';

// No span of these runs holds inputs, outputs, tool arguments or results, whatever the exporter.
export const privateRunner = new Runner({ traceIncludeSensitiveData: false });

// Or: the spans keep content (for Baton's local trace viewer, say), but OpenTelemetry gets none of it.
addTraceProcessor(
  new OpenTelemetryTracingProcessor({ includeSensitiveData: false }),
);
