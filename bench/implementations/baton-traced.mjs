/**
 * The Baton scenario with tracing on, as a developer runs it locally: every run's trace appended to a local trace
 * store, and also batched by `BatchTraceProcessor` to the OpenAI exporter, which posts to the emulator's ingest.
 * The same agents as `baton.mjs`; only the trace processors differ.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createImplementation as createUntraced } from './baton.mjs';

export { PACKAGE } from './baton.mjs';

export async function createImplementation(options) {
  const sdk = await import('@baton/agents');
  sdk.setTracingDisabled(false);
  const folder = mkdtempSync(join(tmpdir(), 'baton-bench-traces-'));
  // `timeScale` (above 1 only under callgrind) stretches the default delays, so that a write and an export
  // cover as many runs as they do at full speed.
  const timeScale = options.timeScale ?? 1;
  const store = new sdk.LocalTraceStore({
    dir: join(folder, 'traces'),
    writeDelay: 100 * timeScale,
  });
  // A worker writes megabytes of traces nobody reads afterwards: flush what waits, then remove the folder.
  process.once('exit', () => {
    store.flushSync();
    rmSync(folder, { recursive: true, force: true });
  });
  sdk.setTraceProcessors([
    store,
    new sdk.BatchTraceProcessor(
      new sdk.OpenAITracingExporter({
        apiKey: 'bench',
        baseURL: options.baseURL,
      }),
      { scheduleDelay: 5000 * timeScale },
    ),
  ]);
  return createUntraced(options);
}
