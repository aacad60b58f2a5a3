/** The soak benchmark's Markdown table. */

/** Baton's heap after GC at the end may exceed the heap after warm-up by at most this factor. */
export const SOAK_HEAP_LIMIT = 1.1;

const LABELS = { baton: 'Baton', 'openai-agents': '@openai/agents' };

/** Formats `{ meta, results }` (see `run-soak.mjs`) as Markdown. */
export function formatSoakReport({ meta, results }) {
  const mb = (bytes) => (bytes / 1e6).toFixed(1);
  const { job } = meta;
  const lines = [
    `Soak: ${job.runs} runs (after ${job.warmupRuns} warm-up runs), ${job.concurrency} conversations at once, ${job.turnsPerConversation} runs per conversation on a session of its own, ${job.mode}; ${meta.node}, ${meta.cpuCount} cores.`,
    '',
    '| Implementation | Errors | Heap after warm-up (MB) | Heap at end (MB) | Growth | Peak RSS (MB) | CPU per run (ms) | Runs/s |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [name, result] of Object.entries(results)) {
    const growth = result.heapAtEndBytes / result.heapAfterWarmupBytes;
    lines.push(
      `| ${LABELS[name] ?? name} | ${result.errors} | ${mb(result.heapAfterWarmupBytes)} | ${mb(result.heapAtEndBytes)} | ${growth.toFixed(2)}× | ${mb(result.peakRssBytes)} | ${result.cpuMsPerRun.toFixed(2)} | ${result.runsPerSecond.toFixed(0)} |`,
    );
  }
  return lines.join('\n');
}
