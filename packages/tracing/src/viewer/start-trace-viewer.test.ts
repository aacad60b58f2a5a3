import { request as httpRequest } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeSpan, fakeTrace } from '../../test/support/fake-trace.js';
import { LocalTraceStore } from '../store/local-trace-store.js';
import { VIEWER_SCRIPT } from './assets/viewer-assets.js';
import { startTraceViewer, type TraceViewer } from './start-trace-viewer.js';
import { TraceViewerError } from './trace-viewer-error.js';

let root: string;
let dir: string;
let store: LocalTraceStore;
let viewer: TraceViewer;
let traceId: string;

async function writeTrace(workflow: string): Promise<string> {
  const trace = fakeTrace(undefined, workflow);
  await store.onTraceStart(trace);
  await store.onSpanEnd(fakeSpan(trace, { type: 'agent', name: 'Triage' }));
  await store.onTraceEnd(trace);
  await store.forceFlush();
  return trace.traceId;
}

/** A raw request, so the path reaches the server exactly as written (fetch would normalize `..`). */
function raw(
  path: string,
  options: { method?: string; host?: string } = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const url = new URL(viewer.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: options.method ?? 'GET',
        headers: options.host ? { host: options.host } : {},
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'baton-viewer-api-'));
  dir = join(root, 'traces');
  store = new LocalTraceStore({ dir });
  traceId = await writeTrace('Support');
  writeFileSync(join(root, 'secret.jsonl'), '{"event":"trace_start"}\n');
  viewer = await startTraceViewer({ dir, port: 0, pollIntervalMs: 20 });
});

afterAll(async () => {
  await viewer?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('startTraceViewer', () => {
  it('binds to 127.0.0.1 by default', () => {
    expect(viewer.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('refuses a non-loopback host unless allowRemote is set', async () => {
    const error = await startTraceViewer({
      dir,
      port: 0,
      host: '0.0.0.0',
    }).catch((e: unknown) => e);
    expect(TraceViewerError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('--allow-remote');
  });

  it('lists traces as JSON with filters', async () => {
    const list = await (await fetch(`${viewer.url}api/traces?q=supp`)).json();
    expect(list.total).toBe(1);
    expect(list.traces[0]).toMatchObject({
      id: traceId,
      workflow_name: 'Support',
      agents: ['Triage'],
    });
    const none = await (
      await fetch(`${viewer.url}api/traces?status=error`)
    ).json();
    expect(none).toEqual({ traces: [], total: 0 });
  });

  it('returns a trace with its spans, and 404 for an unknown one', async () => {
    const response = await fetch(`${viewer.url}api/traces/${traceId}`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.trace.workflow_name).toBe('Support');
    expect(body.spans).toHaveLength(1);
    expect((await fetch(`${viewer.url}api/traces/trace_nope`)).status).toBe(
      404,
    );
  });

  it('never reads outside the trace folder, whatever the id', async () => {
    for (const path of [
      '/api/traces/..%2Fsecret',
      '/api/traces/%2e%2e%2fsecret',
      '/api/traces/../secret',
      '/api/traces/..%5csecret',
      '/api/traces/%E0%A4%A',
    ]) {
      const response = await raw(path);
      expect([400, 404]).toContain(response.status);
      expect(response.body).not.toContain('trace_start');
    }
  });

  it('sends a strict CSP, nosniff and no-frame headers with every response', async () => {
    for (const path of ['/', '/assets/viewer.js', '/api/traces', '/nope']) {
      const { headers } = await raw(path);
      expect(headers['content-security-policy']).toContain(
        "default-src 'self'",
      );
      expect(headers['content-security-policy']).toContain("script-src 'self'");
      expect(headers['content-security-policy']).not.toContain('unsafe-inline');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('DENY');
    }
  });

  it('serves a page with no inline script and a script that parses', async () => {
    const page = await raw('/');
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain(
      '<script src="/assets/viewer.js" defer></script>',
    );
    expect(page.body).not.toMatch(/<script>|\son\w+=|style=/);
    expect(() => new Function(VIEWER_SCRIPT)).not.toThrow();
  });

  it('answers 405 to anything but GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const response = await raw('/api/traces', { method });
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD');
    }
  });

  it('refuses requests naming another host (DNS rebinding)', async () => {
    expect((await raw('/api/traces', { host: 'evil.example:80' })).status).toBe(
      403,
    );
    expect(
      (await raw('/api/traces', { host: `localhost:${viewer.port}` })).status,
    ).toBe(200);
  });

  it('pushes a trace event on the live feed when a trace is written', async () => {
    const controller = new AbortController();
    const response = await fetch(`${viewer.url}api/events`, {
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    try {
      while (!text.includes('event: ready'))
        text += decoder.decode((await reader.read()).value);
      const id = await writeTrace('Live');
      while (!text.includes(`"id":"${id}"`))
        text += decoder.decode((await reader.read()).value);
      const event = text.slice(text.indexOf('event: trace'));
      const data = JSON.parse(
        event.slice(event.indexOf('data: ') + 6, event.indexOf('\n\n')),
      );
      expect(data).toMatchObject({ id, workflow_name: 'Live' });
    } finally {
      controller.abort();
    }
  });
});
