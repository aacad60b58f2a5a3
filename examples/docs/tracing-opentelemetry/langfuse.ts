import { addTraceProcessor } from '@baton/agents';
import { OpenTelemetryTracingProcessor } from '@baton/agents/otel';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import {
  BatchSpanProcessor,
  NodeTracerProvider,
} from '@opentelemetry/sdk-trace-node';

// Langfuse authenticates OTLP with Basic auth: the project's public key and secret key.
const credentials = Buffer.from(
  `${process.env.LANGFUSE_PUBLIC_KEY}:${process.env.LANGFUSE_SECRET_KEY}`,
).toString('base64');

const exporter = new OTLPTraceExporter({
  // EU region; US is https://us.cloud.langfuse.com, self-hosted is your own host.
  url: 'https://cloud.langfuse.com/api/public/otel/v1/traces',
  headers: {
    Authorization: `Basic ${credentials}`,
    'x-langfuse-ingestion-version': '4',
  },
});
const provider = new NodeTracerProvider({
  spanProcessors: [new BatchSpanProcessor(exporter)],
});
provider.register();
addTraceProcessor(new OpenTelemetryTracingProcessor());
