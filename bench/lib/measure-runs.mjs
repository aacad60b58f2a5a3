/**
 * The throughput and memory measurements: every implementation, mode and phase in a fresh worker process,
 * `repeats` times, reported as the median of each metric.
 */
import { median } from './median.mjs';
import { runWorker } from './run-worker.mjs';

/** The metrics a worker reports that are summarized across repeats. */
export const METRICS = [
  'cpuMsPerRun',
  'mainThreadCpuMsPerRun',
  'runsPerSecond',
  'peakRssBytes',
  'heapAfterGcBytes',
  'rssAfterSetupBytes',
];

/**
 * Measures `{ [mode]: { [implementation]: { sequential, concurrent } } }`, each phase holding the median of
 * every metric plus the raw `samples`. With `canned`, the workers answer from recordings instead of the emulator
 * (see `worker.mjs`); `scenario` picks another scenario than the customer-service one. Implementations take turns in a rotating order, so none always runs
 * right after the same neighbour.
 */
export async function measureRuns({
  options,
  emulator,
  env,
  log,
  canned = false,
  scenario,
}) {
  const phases = [
    { phase: 'sequential', runs: options.runs, concurrency: 1 },
    {
      phase: 'concurrent',
      runs: options.concurrentRuns,
      concurrency: options.concurrency,
    },
  ];
  const samples = {};
  for (let repeat = 0; repeat < options.repeats; repeat += 1) {
    const order = rotate(options.implementations, repeat);
    for (const mode of options.modes) {
      for (const { phase, runs, concurrency } of phases) {
        for (const implementation of order) {
          await emulator.reset();
          const job = {
            implementation,
            mode,
            runs,
            warmup: options.warmup,
            concurrency,
            baseURL: emulator.url,
            ...(canned && { canned: true }),
            ...(scenario && { scenario }),
          };
          const report = await runWorker({ job, env });
          log(
            `  ${scenario ? `${scenario} ` : ''}${canned ? 'canned ' : ''}${mode} ${phase} ${implementation} #${repeat + 1}: ${report.cpuMsPerRun.toFixed(2)} ms CPU/run`,
          );
          ((samples[mode] ??= {})[implementation] ??= {
            sequential: [],
            concurrent: [],
          })[phase].push(report);
        }
      }
    }
  }
  return mapValues(samples, (byImplementation) =>
    mapValues(byImplementation, (byPhase) => mapValues(byPhase, summarize)),
  );
}

function summarize(reports) {
  const summary = Object.fromEntries(
    METRICS.map((metric) => [metric, median(reports.map((r) => r[metric]))]),
  );
  const cpu = reports.map((report) => report.cpuMsPerRun);
  return {
    ...summary,
    cpuMsPerRunRange: [Math.min(...cpu), Math.max(...cpu)],
    samples: reports,
  };
}

function rotate(list, by) {
  const shift = by % list.length;
  return [...list.slice(shift), ...list.slice(0, shift)];
}

function mapValues(object, transform) {
  return Object.fromEntries(
    Object.entries(object).map(([key, value]) => [key, transform(value)]),
  );
}
