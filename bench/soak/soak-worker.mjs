/**
 * One soak measurement, in a fresh process (started with `--expose-gc` by `../lib/measure-soak.mjs`): many
 * conversations of the scenario at high concurrency, each conversation on a session of its own, to show that
 * nothing accumulates. Each lane takes a conversation, makes its runs one after another on a new session, then
 * drops the session: what stays resident after a conversation ends is what leaks. The job arrives as JSON in argv[2].
 */
import { performance } from 'node:perf_hooks';
import { inputFor, isExpectedOutput } from '../implementations/scenario.mjs';
import { IMPLEMENTATIONS } from '../lib/implementations.mjs';

const job = JSON.parse(process.argv[2]);
const { moduleUrl } = IMPLEMENTATIONS[job.implementation];
const module = await import(moduleUrl);
const implementation = await module.createImplementation({
  baseURL: job.baseURL,
});

let errors = 0;
const firstErrors = [];
let runsDone = 0;

/** Runs conversations until `total` runs are done, `concurrency` conversations in flight. */
async function soak(total) {
  const target = runsDone + total;
  let started = runsDone;
  const lane = async () => {
    while (started < target) {
      const session = implementation.createSession();
      for (let turn = 0; turn < job.turnsPerConversation; turn += 1) {
        if (started >= target) break;
        const index = started++;
        try {
          const output = await implementation.runOnce(inputFor(index), {
            stream: job.mode === 'sse',
            session,
          });
          if (!isExpectedOutput(output))
            throw new Error(`unexpected output: ${String(output)}`);
        } catch (error) {
          errors += 1;
          if (firstErrors.length < 3)
            firstErrors.push(String(error?.stack ?? error));
        }
        runsDone += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, lane));
}

function heapAfterGc() {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

await soak(job.warmupRuns);
const heapAfterWarmupBytes = heapAfterGc();
const cpuBefore = process.cpuUsage();
const started = performance.now();
await soak(job.runs);
const wallMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const heapAtEndBytes = heapAfterGc();
const report = {
  runs: job.runs,
  warmupRuns: job.warmupRuns,
  errors,
  firstErrors,
  heapAfterWarmupBytes,
  heapAtEndBytes,
  peakRssBytes: process.resourceUsage().maxRSS * 1024,
  cpuMsPerRun: (cpu.user + cpu.system) / 1000 / job.runs,
  runsPerSecond: (job.runs / wallMs) * 1000,
};
process.send(report, () => process.exit(0));
