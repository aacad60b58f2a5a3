import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { followRun, type DurableRunResult } from '@baton/restate';
import { startEmulator } from '@baton/testing';
import type { ExampleOptions } from '../shared/example-options.js';
import { runIfMain } from '../shared/run-if-main.js';
import { writeToStdout } from '../shared/write-to-stdout.js';
import { DEFAULT_QUESTION } from '../customer-service/main.js';
import { startBalancer } from './balancer.js';
import { startRestateServer, waitFor } from './restate-server.js';

/** What the durable example reports, for its test. */
export interface DurableReport {
  result: DurableRunResult;
  /** The worker that was killed mid-run, and the one the run finished on. */
  killed: string;
  finishedOn: string;
  /** Steps the run took from the journal after the kill (they had finished on the killed worker). */
  replayed: string[];
  /** Steps the surviving worker ran itself. */
  ranAgain: string[];
}

interface WorkerProcess {
  name: string;
  child: ChildProcess;
  port: number;
  steps: string[];
}

const workerScript = fileURLToPath(new URL('./worker.ts', import.meta.url));

function startWorker(
  name: string,
  env: Record<string, string>,
  write: (text: string) => void,
): Promise<WorkerProcess> {
  const child = spawn(
    process.execPath,
    ['--conditions=@baton/source', '--import', 'tsx', workerScript],
    {
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const worker: WorkerProcess = { name, child, port: 0, steps: [] };
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`Worker ${name} exited (${code}): ${stderr}`)),
    );
    let pending = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      pending += String(chunk);
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        const [word, value] = line.split(' ');
        if (word === 'ready') {
          worker.port = Number(value);
          resolve(worker);
        } else if (word === 'step') {
          worker.steps.push(value!);
          write(`  [worker ${name}, pid ${child.pid}] runs ${value}\n`);
        }
      }
    });
  });
}

function stop(worker: WorkerProcess, signal: NodeJS.Signals): Promise<void> {
  const { child } = worker;
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/**
 * The durable example: starts a Restate server (from npm), the Baton emulator as the model, and two worker
 * processes behind a load balancer; runs the customer-service pipeline as a durable run; kills the worker that is
 * running it in the middle of a model call; and shows the run finishing on the other worker, with the steps it took
 * from the journal instead of running them again. Needs no API key.
 */
export async function main(
  options: ExampleOptions = {},
): Promise<DurableReport> {
  const write = options.write ?? writeToStdout;
  const question = options.question ?? DEFAULT_QUESTION;
  // The model takes a second to answer, so the worker can be killed while a call is in flight.
  const emulator = await startEmulator({
    modelLatencyMs: { 'gpt-4.1-mini': 1000 },
  });
  const restate = await startRestateServer();
  const balancer = await startBalancer();
  const workers: WorkerProcess[] = [];
  try {
    const env = { EMULATOR_URL: emulator.url, INGRESS_URL: restate.ingressUrl };
    for (const name of ['A', 'B'])
      workers.push(await startWorker(name, env, write));
    balancer.setBackends(workers.map((worker) => worker.port));
    await restate.register(balancer.url);
    write(
      `Restate server: ingress ${restate.ingressUrl}, admin ${restate.adminUrl}\n` +
        `Workers A (pid ${workers[0]!.child.pid}) and B (pid ${workers[1]!.child.pid}) behind ${balancer.url}\n` +
        `Model: the local Baton emulator at ${emulator.url} (no API key needed)\n\n` +
        `Customer: ${question}\n\n`,
    );
    const runId = `support-${Date.now()}`;
    await fetch(`${restate.ingressUrl}/support/${runId}/run/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ input: question }),
    });
    // Kill whichever worker runs the second model call, while it waits for the model.
    let victim: WorkerProcess | undefined;
    await waitFor(() => {
      victim = workers.find((worker) => worker.steps.length >= 2);
      return victim !== undefined;
    }, 30_000);
    const killedIn = victim!.steps.at(-1)!;
    await stop(victim!, 'SIGKILL');
    const survivor = workers.find((worker) => worker !== victim)!;
    balancer.setBackends([survivor.port]);
    write(
      `\nKilled worker ${victim!.name} (SIGKILL) in the middle of ${killedIn}.\n\n`,
    );
    const response = await fetch(
      `${restate.ingressUrl}/restate/workflow/support/${runId}/attach`,
    );
    const result = (await response.json()) as DurableRunResult;
    const events: string[] = [];
    for await (const { event } of followRun({
      ingressUrl: restate.ingressUrl,
      service: 'supportEvents',
      runId,
    }))
      if (event.type === 'run_item_stream_event') events.push(event.name);
    const ranAgain = survivor.steps.slice();
    const replayed = victim!.steps.filter((step) => !ranAgain.includes(step));
    write(
      `\nFinal output (${result.lastAgent}):\n${String(result.finalOutput)}\n\n` +
        `The run finished on worker ${survivor.name}.\n` +
        `Replayed from the journal, not run again: ${replayed.join(', ')}\n` +
        `Run on worker ${survivor.name}: ${ranAgain.join(', ')}\n` +
        `Stream events published: ${events.join(', ')}\n` +
        `Usage: ${result.usage.requests} model calls, ${result.usage.totalTokens} tokens\n`,
    );
    return {
      result,
      killed: victim!.name,
      finishedOn: survivor.name,
      replayed,
      ranAgain,
    };
  } finally {
    await Promise.all(workers.map((worker) => stop(worker, 'SIGKILL')));
    await balancer.close();
    await restate.close();
    await emulator.close();
  }
}

runIfMain(import.meta.url, main);
