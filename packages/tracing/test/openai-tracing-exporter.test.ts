import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BatchTraceProcessor,
  OpenAITracingExporter,
  Span,
  Trace,
} from '../src/index.js';
import { silent } from './support/silent-processor.js';

interface Received {
  headers: IncomingHttpHeaders;
  body: { data: Array<Record<string, unknown>> };
  raw: string;
}

/** A local ingest endpoint answering each request with the next status of `statuses` (then 200). */
async function ingest(statuses: number[] = []) {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({
        headers: request.headers,
        body: JSON.parse(body),
        raw: body,
      });
      response.statusCode = statuses.shift() ?? 200;
      response.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  servers.push(server);
  return { received, baseURL: `http://127.0.0.1:${port}/v1` };
}

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  for (const server of servers.splice(0))
    await new Promise((resolve) => server.close(resolve));
});

function items(apiKey?: string) {
  const trace = new Trace({ name: 'Support', tracingApiKey: apiKey });
  const span = new Span(
    {
      traceId: trace.traceId,
      tracingApiKey: apiKey,
      data: {
        type: 'response',
        response_id: 'resp_1',
        model: 'gpt-test',
        usage: { input_tokens: 1, output_tokens: 2, total_tokens: 3 },
        _input: [{ role: 'user', content: 'hello' }],
      },
    },
    silent,
  );
  span.start();
  span.end();
  return [trace, span];
}

/** A failed tool span with an event and an output past the ingest's field limit. */
function failedToolSpan(trace: Trace, apiKey?: string) {
  const tool = new Span(
    {
      traceId: trace.traceId,
      parentId: 'span_parent',
      tracingApiKey: apiKey,
      data: {
        type: 'function',
        name: 'lookup',
        call_id: 'call_1',
        input: '{"q":"x"}',
        output: 'x'.repeat(100_010),
      },
    },
    silent,
  );
  tool.start();
  tool.addEvent('progress', { step: 1 });
  tool.setError({ message: 'failed', data: { code: 1 } });
  tool.end();
  return tool;
}

describe('OpenAITracingExporter', () => {
  it('posts the SDK payload to {baseURL}/traces/ingest with the beta header and the key only in Authorization', async () => {
    const server = await ingest();
    await new OpenAITracingExporter({
      baseURL: server.baseURL,
      apiKey: 'sk-test-secret',
      project: 'proj_1',
    }).export(items());
    expect(server.received).toHaveLength(1);
    const [{ headers, body }] = server.received as [Received];
    expect(headers.authorization).toBe('Bearer sk-test-secret');
    expect(headers['openai-beta']).toBe('traces=v1');
    expect(headers['openai-project']).toBe('proj_1');
    expect(body.data.map((item) => item.object)).toEqual([
      'trace',
      'trace.span',
    ]);
    expect(body.data[1].span_data).toEqual({
      type: 'response',
      response_id: 'resp_1',
    });
    expect(JSON.stringify(body)).not.toContain('sk-test');
  });

  it('retries a 5xx with backoff and succeeds', async () => {
    const server = await ingest([500, 503]);
    await new OpenAITracingExporter({
      baseURL: server.baseURL,
      apiKey: 'k',
      baseDelay: 1,
    }).export(items());
    expect(server.received).toHaveLength(3);
  });

  it('gives up after maxRetries tries without throwing, and does not retry a 400', async () => {
    const failing = await ingest([500, 500, 500, 500]);
    await expect(
      new OpenAITracingExporter({
        baseURL: failing.baseURL,
        apiKey: 'k',
        maxRetries: 2,
        baseDelay: 1,
      }).export(items()),
    ).resolves.toBeUndefined();
    expect(failing.received).toHaveLength(2);
    const refusing = await ingest([400]);
    await new OpenAITracingExporter({
      baseURL: refusing.baseURL,
      apiKey: 'k',
      baseDelay: 1,
    }).export(items());
    expect(refusing.received).toHaveLength(1);
  });

  it('never throws when the endpoint cannot be reached', async () => {
    await expect(
      new OpenAITracingExporter({
        endpoint: 'http://127.0.0.1:1/v1/traces/ingest',
        apiKey: 'k',
        maxRetries: 2,
        baseDelay: 1,
      }).export(items()),
    ).resolves.toBeUndefined();
  });

  it('sends behind a BatchTraceProcessor, which queues only what it will send, the very requests export() makes', async () => {
    const direct = await ingest();
    const batched = await ingest();
    const sent: (Trace | Span<any>)[] = [
      ...items(),
      ...items('sk-run'),
      ...items(),
    ];
    sent.push(failedToolSpan(sent[0] as Trace));
    await new OpenAITracingExporter({
      baseURL: direct.baseURL,
      apiKey: 'sk-default',
    }).export(sent);
    const batch = new BatchTraceProcessor(
      new OpenAITracingExporter({
        baseURL: batched.baseURL,
        apiKey: 'sk-default',
      }),
    );
    for (const item of sent)
      if (item instanceof Trace) await batch.onTraceStart(item);
      else await batch.onSpanEnd(item);
    expect(batch.queueSize).toBe(sent.length);
    await batch.forceFlush();
    const requests = (server: { received: Received[] }) =>
      server.received.map((r) => [r.headers.authorization, r.raw]);
    expect(requests(batched)).toEqual(requests(direct));
    expect(requests(batched)).toHaveLength(2);
  });

  it('drops the request when the signal aborts, closing the connection, without throwing', async () => {
    let closed!: () => void;
    const connectionClosed = new Promise<void>((resolve) => (closed = resolve));
    const server = createServer((request) => {
      // Never answers: only the abort ends the request.
      request.resume();
      request.on('close', closed);
    });
    await new Promise<void>((resolve) =>
      server.listen(0, '127.0.0.1', resolve),
    );
    servers.push(server);
    const { port } = server.address() as AddressInfo;
    const controller = new AbortController();
    const exported = new OpenAITracingExporter({
      apiKey: 'sk-test',
      baseURL: `http://127.0.0.1:${port}/v1`,
    }).export(items(), controller.signal);
    server.once('request', () => controller.abort());
    await expect(exported).resolves.toBeUndefined();
    await connectionClosed;
  });

  it('posts with the fetch it is given, and retries by its answers', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const statuses = [503, 200];
    const exporter = new OpenAITracingExporter({
      apiKey: 'sk-custom',
      baseURL: 'http://ingest.invalid/v1',
      baseDelay: 1,
      fetch: async (url, init) => {
        calls.push({ url: String(url), init: init! });
        return new Response('{}', {
          status: statuses.shift(),
          headers: { 'retry-after-ms': '1' },
        });
      },
    });
    await exporter.export(items());
    expect(calls).toHaveLength(2);
    expect(calls[1]!.url).toBe('http://ingest.invalid/v1/traces/ingest');
    expect(calls[1]!.init.method).toBe('POST');
    expect(
      (calls[1]!.init.headers as Record<string, string>).Authorization,
    ).toBe('Bearer sk-custom');
    expect(JSON.parse(calls[1]!.init.body as string).data).toHaveLength(2);
  });

  it('sends items with their own key in a request of their own', async () => {
    const server = await ingest();
    await new OpenAITracingExporter({
      baseURL: server.baseURL,
      apiKey: 'sk-default',
    }).export([...items(), ...items('sk-run')]);
    expect(server.received.map((r) => r.headers.authorization).sort()).toEqual([
      'Bearer sk-default',
      'Bearer sk-run',
    ]);
  });
});
