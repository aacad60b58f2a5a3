/** Counts, under valgrind's callgrind, the instructions one run of an implementation costs (see `count-instructions.mjs`). */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WORKER = fileURLToPath(new URL('../worker.mjs', import.meta.url));

/** Resolves with instructions per run: (total at 3 × `runs` − total at `runs`) ÷ (2 × `runs`). */
export async function countRunInstructions({
  implementation,
  mode,
  runs,
  emulator,
  env,
}) {
  const short = await countProcess({
    implementation,
    mode,
    runs,
    emulator,
    env,
  });
  const long = await countProcess({
    implementation,
    mode,
    runs: runs * 3,
    emulator,
    env,
  });
  return (long - short) / (2 * runs);
}

async function countProcess({ implementation, mode, runs, emulator, env }) {
  await emulator.reset();
  const directory = mkdtempSync(join(tmpdir(), 'baton-callgrind-'));
  const job = {
    implementation,
    mode,
    runs,
    warmup: 50,
    concurrency: 1,
    baseURL: emulator.url,
    canned: true,
  };
  // V8 writes machine code at run time: callgrind must check all of it, not only the stack, for self-modification.
  const child = fork(WORKER, [JSON.stringify(job)], {
    env,
    execPath: 'valgrind',
    execArgv: [
      '--tool=callgrind',
      '--smc-check=all-non-file',
      `--callgrind-out-file=${join(directory, 'callgrind.out')}`,
      process.execPath,
      '--expose-gc',
    ],
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
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
    return Number(collected[1]);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
