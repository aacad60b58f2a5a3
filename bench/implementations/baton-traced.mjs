/**
 * The Baton scenario with tracing on, as a developer runs it locally: every run's trace appended to a local trace
 * store, and also batched by `BatchTraceProcessor` to the OpenAI exporter, which posts to the emulator's ingest.
 * The same agents as `baton.mjs`; only the trace processors differ.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createImplementation as createUntraced } from './baton.mjs';

export { PACKAGE } from './baton.mjs';

export async function createImplementation(options) {
  const sdk = await import('@baton/agents');
  sdk.setTracingDisabled(false);
  sdk.setTraceProcessors([
    new sdk.LocalTraceStore({
      dir: join(mkdtempSync(join(tmpdir(), 'baton-bench-traces-')), 'traces'),
    }),
    new sdk.BatchTraceProcessor(
      new sdk.OpenAITracingExporter({
        apiKey: 'bench',
        baseURL: options.baseURL,
      }),
    ),
  ]);
  return createUntraced(options);
}
