/** Counts, under valgrind's callgrind, the instructions one run of an implementation costs (see `count-instructions.mjs`). */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WORKER = fileURLToPath(new URL('../worker.mjs', import.meta.url));

/**
 * Resolves with `perRun`, the instructions per run: (total at 3 × `runs` − total at `runs`) ÷ (2 × `runs`), and
 * `msPerRun`, the wall time of a measured run under callgrind (of the longer process). `canned` (default) answers
 * from recordings instead of HTTP; `timeScale` stretches the traced variants' batching delays. With `simulate`,
 * callgrind also simulates the caches and branch predictors, and `events` gives every counted event per run by its
 * callgrind name (`Ir`, `I1mr`, `D1mr`, `DLmr`, `Bcm`, `Bim`, ...).
 */
export async function countRunInstructions(options) {
  const job = { concurrency: 1, canned: true, timeScale: 1, ...options };
  const short = await countProcess(job);
  const long = await countProcess({ ...job, runs: job.runs * 3 });
  const events = {};
  for (const name of Object.keys(long.events))
    events[name] = (long.events[name] - short.events[name]) / (2 * job.runs);
  return {
    perRun: (long.instructions - short.instructions) / (2 * job.runs),
    msPerRun: long.msPerRun,
    events,
  };
}

async function countProcess({
  implementation,
  mode,
  runs,
  concurrency,
  canned,
  timeScale,
  simulate,
  emulator,
  env,
}) {
  await emulator.reset();
  const directory = mkdtempSync(join(tmpdir(), 'baton-callgrind-'));
  const job = {
    implementation,
    mode,
    runs,
    warmup: 50,
    concurrency,
    baseURL: emulator.url,
    canned,
    timeScale,
  };
  // V8 writes machine code at run time: callgrind must check all of it, not only the stack, for self-modification.
  const child = fork(WORKER, [JSON.stringify(job)], {
    env,
    execPath: 'valgrind',
    execArgv: [
      '--tool=callgrind',
      '--smc-check=all-non-file',
      ...(simulate ? ['--cache-sim=yes', '--branch-sim=yes'] : []),
      `--callgrind-out-file=${join(directory, 'callgrind.out')}`,
      process.execPath,
      // JIT compilation and GC on the main thread, in a set order: the count then repeats from one process to the next.
      '--single-threaded',
      '--predictable',
      '--expose-gc',
    ],
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  let stderr = '';
  let msPerRun = NaN;
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.on('message', (report) => (msPerRun = report.wallMs / report.runs));
  try {
    const code = await new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', resolve);
    });
    const collected = /Collected : (\d+)/.exec(stderr);
    if (code !== 0 || !collected)
      throw new Error(
        `${implementation} under callgrind failed (code ${code}); is valgrind installed?\n${stderr.slice(-2000)}`,
      );
    return {
      instructions: Number(collected[1]),
      msPerRun,
      events: countedEvents(stderr),
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Callgrind's totals by event name, from its closing `Events : ...` and `Collected : ...` lines. @internal */
export function countedEvents(stderr) {
  const names = /Events +: (.+)/.exec(stderr)?.[1].trim().split(/\s+/) ?? [];
  const totals = /Collected : (.+)/.exec(stderr)?.[1].trim().split(/\s+/) ?? [];
  return Object.fromEntries(
    names.map((name, at) => [name, Number(totals[at])]),
  );
}
