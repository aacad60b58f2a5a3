/** Starts `soak-worker.mjs` in a fresh process for one soak measurement and resolves with what it reports. */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const WORKER = fileURLToPath(new URL('./soak-worker.mjs', import.meta.url));

/** Measures one soak job in a new process (with `--expose-gc`, so heap figures are after full collections). */
export function runSoakWorker({ job, env }) {
  const child = fork(WORKER, [JSON.stringify(job)], {
    env,
    execArgv: ['--expose-gc'],
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
            `${job.implementation} soak worker failed with code ${code}:\n${stderr}`,
          ),
        );
    });
  });
}
