/**
 * The paired measurement's worker (see `paired.mjs`): loads two implementations into one process, warms both up,
 * then times blocks of `blockRuns` runs of each in turn (ABBA order, a full GC before each block) and reports
 * every block's CPU per run to the parent. Started with `--expose-gc`; the job arrives as JSON in argv[2].
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

const { concurrency, blockRuns } = job;
for (const runOnce of runners)
  await runAll({ runOnce, runs: job.warmup, concurrency });

// ABBA: each implementation goes first as often as second, so neither gains from where the other left the heap.
const blocks = runners.map(() => []);
for (let pair = 0; pair < job.pairs; pair++) {
  const order = pair % 2 === 0 ? [0, 1] : [1, 0];
  for (const which of order) {
    collectGarbage();
    const before = process.cpuUsage();
    await runAll({ runOnce: runners[which], runs: blockRuns, concurrency });
    const cpu = process.cpuUsage(before);
    blocks[which].push((cpu.user + cpu.system) / 1000 / blockRuns);
  }
}
process.send({ blocks }, () => process.exit(0));
