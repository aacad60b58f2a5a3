/**
 * The soak benchmark (`npm run bench:soak`): 10,000 runs of the customer-service scenario at concurrency 200,
 * each conversation on a session of its own, on Baton and on `@openai/agents`, against the emulator in its own
 * process. It fails unless every run succeeds and Baton's heap after GC at the end is within 10% of the heap after
 * warm-up. Prints Markdown to stdout and writes `bench/results/soak.json`. See bench/README.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startEmulatorProcess } from '../lib/emulator-process.mjs';
import { ensureBuild } from '../lib/ensure-build.mjs';
import { ensureRecentNode } from '../lib/ensure-node.mjs';
import { formatSoakReport, SOAK_HEAP_LIMIT } from './format-soak-report.mjs';
import { runWorker } from '../lib/run-worker.mjs';

const BENCH = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const log = (message) => console.error(message);
const SOAK_WORKER = fileURLToPath(
  new URL('./soak-worker.mjs', import.meta.url),
);

ensureRecentNode(fileURLToPath(import.meta.url));

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '1000' },
    turns: { type: 'string', default: '5' },
    mode: { type: 'string', default: 'json' },
    implementations: { type: 'string', default: 'baton,openai-agents' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const job = {
  runs: Number(values.runs),
  concurrency: Number(values.concurrency),
  warmupRuns: Number(values.warmup),
  turnsPerConversation: Number(values.turns),
  mode: values.mode,
};

ensureBuild({ skipBuild: values['skip-build'] });
const env = { ...process.env };
delete env.NODE_OPTIONS;
const emulator = await startEmulatorProcess({ env });
const results = {};
try {
  for (const implementation of values.implementations.split(',')) {
    await emulator.reset();
    log(
      `soak: ${implementation}, ${job.runs} runs at ${job.concurrency} at once, ${job.turnsPerConversation} runs per conversation`,
    );
    results[implementation] = await runWorker({
      job: { ...job, implementation, baseURL: emulator.url },
      env,
      worker: SOAK_WORKER,
    });
  }
} finally {
  await emulator.close();
}

const report = {
  meta: {
    date: new Date().toISOString(),
    node: process.version,
    cpuCount: cpus().length,
    loadAverage: loadavg(),
    job,
  },
  results,
};
const output = resolve(BENCH, 'results', 'soak.json');
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, `${JSON.stringify(report, null, 2)}\n`);
console.log(formatSoakReport(report));
const baton = results.baton;
if (baton) {
  const failures = [];
  if (baton.errors > 0) failures.push(`${baton.errors} Baton runs failed`);
  const growth = baton.heapAtEndBytes / baton.heapAfterWarmupBytes;
  if (growth > SOAK_HEAP_LIMIT)
    failures.push(
      `Baton's heap grew ${growth.toFixed(2)}× from warm-up to the end (limit ${SOAK_HEAP_LIMIT}×)`,
    );
  for (const failure of failures) log(`soak: FAILED: ${failure}`);
  if (failures.length > 0) process.exitCode = 1;
}
