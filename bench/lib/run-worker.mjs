/** Starts `worker.mjs` in a fresh process for one measurement and resolves with what it reports. */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const WORKER = fileURLToPath(new URL('../worker.mjs', import.meta.url));

/**
 * Measures one job (`{ implementation, mode, runs, warmup, concurrency, baseURL, openai? }`) in a new process.
 * `profileDirectory`, when given, makes V8 write a CPU profile of the process there; `worker` is the script to
 * start (default `worker.mjs`; the soak benchmark has its own).
 */
export function runWorker({ job, env, profileDirectory, worker = WORKER }) {
  const execArgv = ['--expose-gc'];
  // A 200 µs interval gives about 25 samples per run, enough to rank functions over a few hundred runs.
  if (profileDirectory)
    execArgv.push(
      '--cpu-prof',
      '--cpu-prof-interval=200',
      `--cpu-prof-dir=${profileDirectory}`,
    );
  const child = fork(worker, [JSON.stringify(job)], {
    env,
    execArgv,
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    let report;
    child.on('message', (message) => (report = message));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0 && report) resolve(report);
      else
        reject(
          new Error(
            `${job.implementation} (${job.mode}) worker failed with code ${code}:\n${stderr}`,
          ),
        );
    });
  });
}
