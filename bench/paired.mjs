/**
 * CPU per run of two implementations measured side by side in one process (`npm run bench:paired -- floor
 * baton`): blocks of runs of each in turn, so that whatever else the machine does falls on both alike. On a
 * shared machine two fresh processes of one implementation can differ by half; here each pair of neighbouring
 * blocks gives a ratio, and the report gives the ratio of the summed CPU with the spread of the pairs' ratios.
 * Both implementations share the process, its JIT and its heap (the ABBA order gives each as much of the other's
 * garbage to collect as it leaves), so this measures CPU per run only: memory needs the separate processes of
 * `npm run bench`. The traced variants register trace processors for every run of the process, so they pair only
 * with `baton` (`npm run bench:paired -- baton baton-traced`), whose blocks then run with tracing switched off.
 */
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startEmulatorProcess } from './lib/emulator-process.mjs';
import { ensureRecentNode } from './lib/ensure-node.mjs';
import { IMPLEMENTATIONS } from './lib/implementations.mjs';
import { joinLoadingOrders, summarizePairs } from './lib/summarize-pairs.mjs';
import { ratioInterval } from './lib/ratio-interval.mjs';
import { checkPairing } from './lib/check-pairing.mjs';

ensureRecentNode(fileURLToPath(import.meta.url));

const WORKER = fileURLToPath(new URL('./paired-worker.mjs', import.meta.url));

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    mode: { type: 'string', default: 'json' },
    concurrency: { type: 'string', default: '1' },
    'block-runs': { type: 'string', default: '200' },
    // Per loading order: two workers run, so the report joins twice as many pairs.
    pairs: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '200' },
    // A full GC before each block, while no run is in flight: what a service pays when it idles between bursts.
    'gc-each-block': { type: 'boolean', default: false },
  },
});
const [reference = 'floor', measured = 'baton'] = positionals;
const { problem, tracingSwitch } = checkPairing(reference, measured);
if (problem) {
  console.error(`bench:paired: ${problem}`);
  process.exit(2);
}

const env = { ...process.env };
delete env.NODE_OPTIONS;
const emulator = await startEmulatorProcess({ env });
try {
  const job = {
    mode: values.mode,
    concurrency: Number(values.concurrency),
    blockRuns: Number(values['block-runs']),
    pairs: Number(values.pairs),
    warmup: Number(values.warmup),
    gcEachBlock: values['gc-each-block'],
    tracingSwitch,
    baseURL: emulator.url,
  };
  // Two workers, one per loading order: in one process the implementation loaded second ran a few percent faster,
  // even paired with itself.
  const loadedFirst = await runWorker(
    { ...job, implementations: [reference, measured] },
    env,
  );
  const loadedSecond = await runWorker(
    { ...job, implementations: [measured, reference] },
    env,
  );
  const byOrder = [loadedFirst.blocks, loadedSecond.blocks.toReversed()].map(
    (blocks) => summarizePairs(...blocks).ratio.toFixed(3),
  );
  const joined = joinLoadingOrders(loadedFirst.blocks, loadedSecond.blocks);
  const summary = summarizePairs(...joined);
  // Each loading order is one group: the interval keeps both at their weight.
  const interval = ratioInterval(...joined, {
    groups: [loadedFirst.blocks[0].length, loadedSecond.blocks[0].length],
  });
  // Every block, for a second look (bench/results/ is not committed).
  const results = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(results, { recursive: true });
  writeFileSync(
    `${results}paired-latest.json`,
    JSON.stringify({ job, reference, measured, loadedFirst, loadedSecond }),
  );
  const { min, median, max, count } = summary.pairRatios;
  const label = (name) => IMPLEMENTATIONS[name].label;
  console.log(
    `| Mode | Concurrency | ${label(reference)} (ms CPU/run) | ${label(measured)} (ms CPU/run) | ${label(measured)} ÷ ${label(reference)} | 95% interval (bootstrap) | Pairs' ratios (min, median, max) | Ratio by loading order (reference first, second) |`,
  );
  console.log('| --- | ---: | ---: | ---: | ---: | --- | --- | --- |');
  console.log(
    `| ${values.mode} | ${values.concurrency} | ${summary.referenceMean.toFixed(3)} | ${summary.measuredMean.toFixed(3)} | ${summary.ratio.toFixed(3)}× | ${interval.low.toFixed(3)}–${interval.high.toFixed(3)} | ${min.toFixed(3)}, ${median.toFixed(3)}, ${max.toFixed(3)} (${count}) | ${byOrder.join(', ')} |`,
  );
} finally {
  await emulator.close();
}

function runWorker(job, env) {
  const child = fork(WORKER, [JSON.stringify(job)], {
    env,
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    let report;
    child.once('message', (message) => (report = message));
    child.once('error', reject);
    child.once('exit', (code) =>
      report
        ? resolve(report)
        : reject(new Error(`The paired worker exited (code ${code})`)),
    );
  });
}
