/** Runs `guardrail-worker.mjs` for one SDK and mode, and reads the emulator's record of its measured runs. */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const WORKER = fileURLToPath(
  new URL('../guardrail-worker.mjs', import.meta.url),
);

/**
 * Measures `job` (`{ implementation, mode, runs, warmup, settleMs, baseURL }`) in a new process. Resolves with
 * `{ runs, records }`: each measured run's `{ ms, checkerMs }`, and the emulator's `{ model, clientDisconnected }`
 * for the requests of the measured runs only (the emulator is reset after the warm-up).
 */
export function runGuardrailWorker({ job, env, emulator }) {
  const child = fork(WORKER, [JSON.stringify(job)], {
    env,
    execArgv: [],
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    let result;
    child.on('message', async (message) => {
      try {
        if (message.phase === 'warmed') {
          await emulator.reset();
          child.send('go');
        } else if (message.phase === 'done') {
          result = { runs: message.runs, records: await emulator.records() };
          child.send('exit');
        }
      } catch (error) {
        child.kill();
        reject(error);
      }
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0 && result) resolve(result);
      else
        reject(
          new Error(
            `${job.implementation} (${job.mode}) guardrail worker failed with code ${code}:\n${stderr}`,
          ),
        );
    });
  });
}
