import { Agent, addTraceProcessor, run } from '@baton/agents';
import { OpenTelemetryTracingProcessor } from '@baton/agents/otel';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  NodeTracerProvider,
} from '@opentelemetry/sdk-trace-node';

// Your OpenTelemetry setup. The exporter posts OTLP/JSON to OTEL_EXPORTER_OTLP_ENDPOINT
// (default http://localhost:4318/v1/traces); register() also installs the context manager.
const provider = new NodeTracerProvider({
  resource: resourceFromAttributes({ 'service.name': 'support-bot' }),
  spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
});
provider.register();

// From now on, every Baton trace and span is also an OpenTelemetry span of that provider.
addTraceProcessor(new OpenTelemetryTracingProcessor());

const agent = new Agent({ name: 'Assistant', instructions: 'Answer briefly.' });
const result = await run(agent, 'What is a baton?');
console.log(result.finalOutput);

// Before the process exits: send what the batch span processor still holds.
await provider.shutdown();
