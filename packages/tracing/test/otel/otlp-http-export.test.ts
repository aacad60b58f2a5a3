import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  NodeTracerProvider,
} from '@opentelemetry/sdk-trace-node';
import { afterEach, describe, expect, it } from 'vitest';
import { OpenTelemetryTracingProcessor } from '../../src/otel/index.js';
import { FakeTrace, fakeSpan, type FakeSpan } from './support/fake-tracing.js';

/** An attribute value as OTLP/JSON encodes it. */
interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  arrayValue?: { values?: OtlpValue[] };
}

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  startTimeUnixNano: string;
  attributes: Array<{ key: string; value: OtlpValue }>;
  status?: { code?: number; message?: string };
}

interface OtlpRequest {
  resourceSpans: Array<{
    resource: { attributes: Array<{ key: string; value: OtlpValue }> };
    scopeSpans: Array<{ scope: { name: string }; spans: OtlpSpan[] }>;
  }>;
}

/** A collector-shaped receiver: accepts `POST /v1/traces` with OTLP/JSON and keeps what arrived. */
async function startReceiver() {
  const requests: Array<{ contentType?: string; body: OtlpRequest }> = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/v1/traces') {
        response.writeHead(404).end();
        return;
      }
      requests.push({
        contentType: request.headers['content-type'],
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1/traces`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function plain(value: OtlpValue): unknown {
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.intValue !== undefined) return Number(value.intValue);
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.arrayValue) return (value.arrayValue.values ?? []).map(plain);
  return undefined;
}

function attributesOf(span: OtlpSpan): Record<string, unknown> {
  return Object.fromEntries(
    span.attributes.map(({ key, value }) => [key, plain(value)]),
  );
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function end(
  processor: OpenTelemetryTracingProcessor,
  span: FakeSpan<{ type: string }>,
) {
  span.endedAt = new Date().toISOString();
  await processor.onSpanEnd(span);
}

describe('OpenTelemetryTracingProcessor over OTLP/HTTP', () => {
  it('delivers a run’s spans with their GenAI attributes to a collector', async () => {
    const receiver = await startReceiver();
    cleanups.push(receiver.close);
    const provider = new NodeTracerProvider({
      resource: resourceFromAttributes({ 'service.name': 'support-bot' }),
      spanProcessors: [
        new BatchSpanProcessor(new OTLPTraceExporter({ url: receiver.url })),
      ],
    });
    cleanups.push(() => provider.shutdown());
    const processor = new OpenTelemetryTracingProcessor({
      tracerProvider: provider,
    });

    const run = new FakeTrace('Support', 'group_42');
    await processor.onTraceStart(run);
    const agent = fakeSpan(run, { type: 'agent', name: 'Triage' });
    await processor.onSpanStart(agent);
    const call = fakeSpan(
      run,
      {
        type: 'response',
        model: 'gpt-4.1-mini',
        response_id: 'resp_1',
        usage: { input_tokens: 10, output_tokens: 4, total_tokens: 14 },
      },
      { parent: agent },
    );
    await processor.onSpanStart(call);
    await end(processor, call);
    const tool = fakeSpan(
      run,
      { type: 'function', name: 'refund', input: '{}', output: 'failed' },
      { parent: agent },
    );
    tool.error = { message: 'Error running tool (non-fatal)' };
    await processor.onSpanStart(tool);
    await end(processor, tool);
    await end(processor, agent);
    await processor.onTraceEnd(run);
    await processor.forceFlush();

    expect(receiver.requests.length).toBeGreaterThan(0);
    expect(receiver.requests[0]!.contentType).toContain('application/json');
    const resourceSpans = receiver.requests.flatMap(
      (request) => request.body.resourceSpans,
    );
    const service = resourceSpans[0]!.resource.attributes.find(
      (attribute) => attribute.key === 'service.name',
    );
    expect(plain(service!.value)).toBe('support-bot');
    const scopes = resourceSpans.flatMap((entry) => entry.scopeSpans);
    expect(scopes.map((scope) => scope.scope.name)).toContain('@baton/tracing');
    const spans = scopes.flatMap((scope) => scope.spans);
    const byName = new Map(spans.map((span) => [span.name, span]));
    expect([...byName.keys()].sort()).toEqual([
      'chat gpt-4.1-mini',
      'execute_tool refund',
      'invoke_agent Triage',
      'invoke_workflow Support',
    ]);

    const root = byName.get('invoke_workflow Support')!;
    const agentSpan = byName.get('invoke_agent Triage')!;
    const chat = byName.get('chat gpt-4.1-mini')!;
    const toolSpan = byName.get('execute_tool refund')!;
    expect(agentSpan.parentSpanId).toBe(root.spanId);
    expect(chat.parentSpanId).toBe(agentSpan.spanId);
    expect(toolSpan.parentSpanId).toBe(agentSpan.spanId);
    expect(new Set(spans.map((span) => span.traceId)).size).toBe(1);

    expect(attributesOf(root)).toMatchObject({
      'gen_ai.operation.name': 'invoke_workflow',
      'gen_ai.workflow.name': 'Support',
      'gen_ai.conversation.id': 'group_42',
    });
    expect(attributesOf(agentSpan)).toMatchObject({
      'gen_ai.operation.name': 'invoke_agent',
      'gen_ai.agent.name': 'Triage',
      'gen_ai.provider.name': 'openai',
    });
    // OTLP span kinds: 1 internal, 3 client.
    expect(chat.kind).toBe(3);
    expect(attributesOf(chat)).toMatchObject({
      'gen_ai.operation.name': 'chat',
      'gen_ai.request.model': 'gpt-4.1-mini',
      'gen_ai.response.id': 'resp_1',
      'gen_ai.usage.input_tokens': 10,
      'gen_ai.usage.output_tokens': 4,
    });
    expect(toolSpan.kind).toBe(1);
    expect(attributesOf(toolSpan)).toMatchObject({
      'gen_ai.operation.name': 'execute_tool',
      'gen_ai.tool.name': 'refund',
      'gen_ai.tool.call.arguments': '{}',
    });
    // OTLP status code 2 is ERROR.
    expect(toolSpan.status).toEqual({
      code: 2,
      message: 'Error running tool (non-fatal)',
    });
    expect(BigInt(chat.startTimeUnixNano) / 1_000_000n).toBe(
      BigInt(Date.parse(call.startedAt!)),
    );
  });
});
