/**
 * One measurement, in a fresh process: loads one implementation, warms it up, then times `runs` runs (one after
 * another, or `concurrency` at a time) and reports CPU, wall time, peak RSS and heap after GC to the parent.
 * Started by `lib/run-worker.mjs` with `--expose-gc`; the job arrives as JSON in argv[2]. With `job.canned`, the
 * implementation's `openai` client answers from recordings of one run per input (`lib/canned-client.mjs`), so the
 * measured runs make no HTTP request and cost only the implementation's own code.
 */
import { performance } from 'node:perf_hooks';
import { createCannedClient } from './lib/canned-client.mjs';
import { checkBuiltPackage } from './lib/check-built-package.mjs';
import { collectGarbage, runAll } from './lib/run-all.mjs';
import { implementationsOf, scenarioUrl } from './lib/implementations.mjs';

const job = JSON.parse(process.argv[2]);
// `job.scenario`: the customer-service scenario by default, or `agent-tools` (see lib/measure-agent-tools.mjs).
const { INPUTS, inputFor, isExpectedOutput } = await import(
  scenarioUrl(job.scenario)
);
const { moduleUrl, openai } = implementationsOf(job.scenario)[
  job.implementation
];
const module = await import(moduleUrl);
checkBuiltPackage(module.PACKAGE);
let canned;
const implementation = await module.createImplementation({
  baseURL: job.baseURL,
  openai,
  // Under callgrind the process runs many times slower: delays that batch work by time are stretched as much.
  timeScale: job.timeScale ?? 1,
  ...(job.canned && {
    wrapClient: (client) => (canned = createCannedClient(client)).client,
  }),
});
const stream = job.mode === 'sse';
const runOnce = async (index) => {
  const output = await implementation.runOnce(inputFor(index), { stream });
  if (!isExpectedOutput(output))
    throw new Error(`Run ${index} ended with an unexpected output: ${output}`);
};
if (canned) {
  for (let index = 0; index < INPUTS.length; index += 1) await runOnce(index);
  canned.replay();
}

collectGarbage();
const rssAfterSetup = process.memoryUsage().rss;
// No full GC between the warm-up and the window: one taken while no run is in flight lets the hidden classes of
// the runs' objects die, which throws away optimised code built on them, and the window would time the JIT
// compiling it again (see "Sixth pass" in README.md). The setup GC above keeps the heap clean before the warm-up.
await runAll({ runOnce, runs: job.warmup, concurrency: job.concurrency });
const cpuBefore = process.cpuUsage();
const mainThreadBefore = process.threadCpuUsage?.();
const windowStartUs = microseconds();
const started = performance.now();
await runAll({ runOnce, runs: job.runs, concurrency: job.concurrency });
const wallMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const mainThread = process.threadCpuUsage?.(mainThreadBefore);
const windowEndUs = microseconds();
collectGarbage();
const cpuMs = (cpu.user + cpu.system) / 1000;
const report = {
  runs: job.runs,
  wallMs,
  cpuMs,
  cpuMsPerRun: cpuMs / job.runs,
  // Without GC helper and JIT compiler threads (Node 23.9+ only; process.cpuUsage counts every thread).
  mainThreadCpuMsPerRun: mainThread
    ? (mainThread.user + mainThread.system) / 1000 / job.runs
    : null,
  runsPerSecond: (job.runs / wallMs) * 1000,
  peakRssBytes: process.resourceUsage().maxRSS * 1024,
  rssAfterSetupBytes: rssAfterSetup,
  heapAfterGcBytes: process.memoryUsage().heapUsed,
  // On the clock of V8's CPU profiles, so a profile can be cut down to the measured runs.
  measuredWindowUs: [windowStartUs, windowEndUs],
};
// Exiting (rather than waiting for idle keep-alive sockets to close) also makes V8 write the CPU profile now.
process.send(report, () => process.exit(0));

function microseconds() {
  return Number(process.hrtime.bigint() / 1000n);
}
