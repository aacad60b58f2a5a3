/**
 * Whether tracing keeps memory flat: Baton with tracing on (`baton-traced`: the local store and a batch processor
 * to the OpenAI exporter) runs 1,000 and then 10,000 times, one at a time, each in a fresh process, and the heap
 * after a full GC is compared. A queue or store that kept what it was given would grow with the run count.
 */
import { runWorker } from './run-worker.mjs';

/** The run counts compared: the heap after the longer run may not exceed the shorter one's by more than 10%. */
export const TRACING_HEAP_RUNS = [1000, 10000];

/** Resolves with `[{ runs, heapAfterGcBytes, peakRssBytes }]`, one per run count. */
export async function measureTracingHeap({ options, emulator, env, log }) {
  const samples = [];
  for (const runs of TRACING_HEAP_RUNS) {
    await emulator.reset();
    const report = await runWorker({
      job: {
        implementation: 'baton-traced',
        mode: 'json',
        runs,
        warmup: options.warmup,
        concurrency: 1,
        baseURL: emulator.url,
      },
      env,
    });
    log(
      `  traced heap after ${runs} runs: ${(report.heapAfterGcBytes / 1e6).toFixed(2)} MB`,
    );
    samples.push({
      runs,
      heapAfterGcBytes: report.heapAfterGcBytes,
      peakRssBytes: report.peakRssBytes,
    });
  }
  return samples;
}
