/**
 * The guardrail measurement, in a fresh process: loads one SDK's guardrail scenario, warms it up, then times each
 * run from its start to the tripwire error. Started by `lib/run-guardrail-worker.mjs`; the job arrives as JSON in
 * argv[2]. The process stays alive (its sockets open) until the parent has read the emulator's records, so that
 * a main-model request still in flight is counted as such and is not cut short by the process exiting.
 */
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { HOMEWORK_INPUT } from './implementations/guardrail-scenario.mjs';

const MODULES = {
  baton: './implementations/baton-guardrail.mjs',
  'openai-agents': './implementations/openai-agents-guardrail.mjs',
};

const job = JSON.parse(process.argv[2]);
const module = await import(MODULES[job.implementation]);
if (import.meta.resolve(module.PACKAGE).endsWith('.ts'))
  throw new Error(
    `${module.PACKAGE} resolved to its source; run without --conditions`,
  );
const implementation = await module.createImplementation({
  baseURL: job.baseURL,
});
const stream = job.mode === 'sse';

const runOnce = async () => {
  const started = performance.now();
  const { tripped, checkerMs } = await implementation.runOnce(HOMEWORK_INPUT, {
    stream,
  });
  const ms = performance.now() - started;
  if (!tripped) throw new Error('The guardrail did not trip');
  return { ms, checkerMs };
};

for (let index = 0; index < job.warmup; index += 1) await runOnce();
// Requests the warm-up left in flight must end before the parent resets the emulator's record.
await sleep(job.settleMs);
await send({ phase: 'warmed' });
await once(process, 'message');
const runs = [];
for (let index = 0; index < job.runs; index += 1) runs.push(await runOnce());
await sleep(job.settleMs);
await send({ phase: 'done', runs });
await once(process, 'message');
process.exit(0);

function send(message) {
  return new Promise((done) => process.send(message, done));
}
