/**
 * The Baton scenario with tracing on and kept on the machine only: every run's trace goes through a
 * `BatchTraceProcessor` to the local trace store, which `baton traces` reads. The same agents as `baton.mjs`; only
 * the trace processor differs. `baton-traced` adds the OpenAI exporter's posts to this.
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
  const store = new sdk.LocalTraceStore({ dir: join(folder, 'traces') });
  // A worker writes megabytes of traces nobody reads afterwards: flush what waits, then remove the folder.
  process.once('exit', () => {
    store.flushSync();
    rmSync(folder, { recursive: true, force: true });
  });
  // `timeScale` (above 1 only under callgrind) stretches the default delay, so that an export covers as many runs
  // as it does at full speed.
  sdk.setTraceProcessors([
    new sdk.BatchTraceProcessor(store, {
      scheduleDelay: 5000 * (options.timeScale ?? 1),
    }),
  ]);
  return createUntraced(options);
}
