/**
 * The paired measurement's worker (see `paired.mjs`): loads two implementations into one process, warms both up,
 * then times blocks of `blockRuns` runs of each in turn (ABBA order) and reports every block's CPU per run to the
 * parent. Started with `--expose-gc` (for `gcEachBlock`); the job arrives as JSON in argv[2].
 */
import { checkBuiltPackage } from './lib/check-built-package.mjs';
import { implementationsOf, scenarioUrl } from './lib/implementations.mjs';
import { collectGarbage, runAll } from './lib/run-all.mjs';

const job = JSON.parse(process.argv[2]);
const { inputFor, isExpectedOutput } = await import(scenarioUrl());
const stream = job.mode === 'sse';

const runners = [];
for (const name of job.implementations) {
  const { moduleUrl, openai } = implementationsOf()[name];
  const module = await import(moduleUrl);
  checkBuiltPackage(module.PACKAGE);
  const implementation = await module.createImplementation({
    baseURL: job.baseURL,
    openai,
  });
  runners.push(async (index) => {
    const output = await implementation.runOnce(inputFor(index), { stream });
    if (!isExpectedOutput(output))
      throw new Error(`${name}: run ${index} ended with ${output}`);
  });
}

// Paired with a traced variant, `baton` runs with tracing off and the traced one with it on.
const tracing = job.tracingSwitch ? await import('@baton/agents') : undefined;
const untraced = job.implementations.indexOf('baton');
const setUp = (which) => tracing?.setTracingDisabled(which === untraced);
// A traced block's writes and exports that wait for their timer are its work: done here, so that none of it lands
// in the untraced block that follows.
const flush = async (which) => {
  if (tracing && which !== untraced)
    await tracing.getGlobalTraceProvider().forceFlush();
};

const { concurrency, blockRuns } = job;
for (const [which, runOnce] of runners.entries()) {
  setUp(which);
  await runAll({ runOnce, runs: job.warmup, concurrency });
  await flush(which);
}

// ABBA: each implementation goes first as often as second, so neither gains from where the other left the heap.
// No full GC between blocks unless asked (`gcEachBlock`): one taken while no run is in flight throws away optimised
// code built on the hidden classes of the runs' objects, and the next block times the JIT compiling it again.
const blocks = runners.map(() => []);
for (let pair = 0; pair < job.pairs; pair++) {
  const order = pair % 2 === 0 ? [0, 1] : [1, 0];
  for (const which of order) {
    setUp(which);
    if (job.gcEachBlock) collectGarbage();
    const before = process.cpuUsage();
    await runAll({ runOnce: runners[which], runs: blockRuns, concurrency });
    await flush(which);
    const cpu = process.cpuUsage(before);
    blocks[which].push((cpu.user + cpu.system) / 1000 / blockRuns);
  }
}
process.send({ blocks }, () => process.exit(0));
