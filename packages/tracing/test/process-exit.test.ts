import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'baton-tracing-exit-'));
  // The package's source, bundled for a plain `node` child: no build needed.
  await build({
    entryPoints: [join(import.meta.dirname, '..', 'src', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: join(dir, 'tracing.mjs'),
    logLevel: 'silent',
  });
  writeFileSync(
    join(dir, 'main.mjs'),
    `import { BatchTraceProcessor, setTraceProcessors, setTracingDisabled, withCustomSpan, withTrace } from './tracing.mjs';
setTracingDisabled(false);
const exporter = { async export(items) { console.log('exported ' + items.map((i) => i.type).join(',')); } };
// A minute before the timer would export: only the exit flush can send these in time.
setTraceProcessors([new BatchTraceProcessor(exporter, { scheduleDelay: 60_000 })]);
await withTrace('exit', () => withCustomSpan(async () => {}, { data: { name: 'work' } }));
console.log('done');
`,
  );
  writeFileSync(
    join(dir, 'post.mjs'),
    `import { OpenAITracingExporter, Trace } from './tracing.mjs';
const exporter = new OpenAITracingExporter({ apiKey: 'sk-test', baseURL: process.argv[2] });
for (let n = 1; n <= 3; n++) await exporter.export([new Trace({ name: 'post ' + n })]);
console.log('posted');
`,
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the batch processor at process exit', () => {
  it('sends what it holds when the process ends on its own, and does not keep it alive', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
    delete env.NODE_OPTIONS;
    const { stdout } = await run(process.execPath, ['main.mjs'], {
      cwd: dir,
      env,
    });
    expect(stdout.trim().split('\n')).toEqual([
      'done',
      'exported trace,trace.span',
    ]);
  });

  it('posts over one kept-alive connection, which does not keep the process alive', async () => {
    const ports: number[] = [];
    const server = createServer((request, response) => {
      ports.push(request.socket.remotePort!);
      request.resume();
      request.on('end', () => response.end('{}'));
    });
    // Longer than the child's timeout: a socket that held the child would fail the test, not end at the server.
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) =>
      server.listen(0, '127.0.0.1', resolve),
    );
    try {
      const { port } = server.address() as AddressInfo;
      const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
      delete env.NODE_OPTIONS;
      const { stdout } = await run(
        process.execPath,
        ['post.mjs', `http://127.0.0.1:${port}/v1`],
        { cwd: dir, env, timeout: 20_000 },
      );
      expect(stdout.trim()).toBe('posted');
      expect(ports).toHaveLength(3);
      expect(new Set(ports).size).toBe(1);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
