/**
 * The durable-run benchmark (`npm run bench:durable`, see bench/README.md): the cost of running the benchmark's
 * scenario as a durable run on Restate next to a plain run, and the runs/s of 1, 2 and 3 durable workers behind a
 * balancer. A real `restate-server` from npm, workers as separate processes, the emulator in this one.
 * Prints Markdown to stdout; progress goes to stderr.
 */
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startBalancer } from '../examples/durable/balancer.ts';
import { startRestateServer } from '../examples/durable/restate-server.ts';
import { startEmulator } from '@baton/testing';
import { inputFor, isExpectedOutput } from './implementations/scenario.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const WARMUP = 20;
const CONCURRENCY = 20;
const THROUGHPUT_RUNS = Number(process.env.BENCH_THROUGHPUT_RUNS ?? 300);
const worker = fileURLToPath(new URL('./durable-worker.mjs', import.meta.url));
const log = (message) => console.error(`bench:durable: ${message}`);

function startProcess(env) {
  const child = spawn(
    process.execPath,
    ['--conditions=@baton/source', '--import', 'tsx', worker],
    {
      env: { PATH: process.env.PATH, NODE_ENV: 'production', ...env },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout });
  const waiting = [];
  lines.on('line', (line) => waiting.shift()?.(line));
  const nextLine = () => new Promise((resolve) => waiting.push(resolve));
  return { child, nextLine };
}

/** User + system CPU of a process so far, in ms, from /proc (Linux). */
function processCpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .split(') ')[1]
    .split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

async function durableWorkers(count, env) {
  const workers = [];
  for (let index = 0; index < count; index++) {
    const process = startProcess({ ...env, MODE: 'durable' });
    const port = Number((await process.nextLine()).split(' ')[1]);
    workers.push({
      ...process,
      port,
      cpuUs: async () => {
        process.child.stdin.write('cpu\n');
        return Number((await process.nextLine()).split(' ')[1]);
      },
    });
  }
  return workers;
}

async function runDurable(restate, id, index) {
  const response = await fetch(`${restate.ingressUrl}/bench/${id}/run`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ input: inputFor(index) }),
  });
  const body = await response.json();
  if (!isExpectedOutput(body.finalOutput))
    throw new Error(`Unexpected answer: ${JSON.stringify(body)}`);
}

async function inParallel(total, concurrency, fn) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await fn(next++);
    }),
  );
  return total / ((performance.now() - started) / 1000);
}

// The emulator runs in this process: its CPU is not counted (worker and server CPU are read per process).
const emulator = await startEmulator();
const restate = await startRestateServer();
const balancer = await startBalancer();
const stopAll = [];
try {
  const env = { EMULATOR_URL: emulator.url };
  log('plain runs');
  const plainProcess = startProcess({
    ...env,
    MODE: 'plain',
    RUNS: String(RUNS),
    WARMUP: String(WARMUP),
    CONCURRENCY: String(CONCURRENCY),
  });
  const plain = JSON.parse(await plainProcess.nextLine());

  log('durable runs, one worker');
  const workers = await durableWorkers(3, env);
  stopAll.push(...workers.map((w) => () => w.child.kill('SIGKILL')));
  balancer.setBackends([workers[0].port]);
  await restate.register(balancer.url);
  let id = 0;
  for (let index = 0; index < WARMUP; index++)
    await runDurable(restate, `warm-${id++}`, index);
  const workerCpu = await workers[0].cpuUs();
  const serverCpu = processCpuMs(restate.pid);
  const started = performance.now();
  for (let index = 0; index < RUNS; index++)
    await runDurable(restate, `seq-${id++}`, index);
  const durable = {
    wallPerRunMs: (performance.now() - started) / RUNS,
    cpuPerRunMs: ((await workers[0].cpuUs()) - workerCpu) / 1000 / RUNS,
    serverCpuPerRunMs: (processCpuMs(restate.pid) - serverCpu) / RUNS,
  };

  const throughput = [];
  for (const count of [1, 2, 3]) {
    log(`throughput, ${count} worker(s)`);
    balancer.setBackends(workers.slice(0, count).map((w) => w.port));
    const runsPerSecond = await inParallel(
      THROUGHPUT_RUNS,
      CONCURRENCY,
      (index) => runDurable(restate, `tp${count}-${id++}`, index),
    );
    throughput.push({ workers: count, runsPerSecond });
  }
  const f = (n) => n.toFixed(2);
  console.log(
    [
      `Durable runs on Restate (${cpus().length} cores, Node ${process.versions.node}, ${RUNS} sequential runs after ${WARMUP} warm-up, ` +
        `throughput: ${THROUGHPUT_RUNS} runs at ${CONCURRENCY} in flight; scenario: triage → handoff → tool → answer, 3 model calls)`,
      '',
      '| Run | Worker CPU/run (ms) | restate-server CPU/run (ms) | Wall/run (ms) |',
      '| --- | ---: | ---: | ---: |',
      `| plain \`run()\` | ${f(plain.cpuPerRunMs)} | – | ${f(plain.wallPerRunMs)} |`,
      `| durable (\`durableAgentService\`) | ${f(durable.cpuPerRunMs)} | ${f(durable.serverCpuPerRunMs)} | ${f(durable.wallPerRunMs)} |`,
      `| ratio durable / plain | ${f(durable.cpuPerRunMs / plain.cpuPerRunMs)}× | | ${f(durable.wallPerRunMs / plain.wallPerRunMs)}× |`,
      '',
      '| Durable workers | Runs/s |',
      '| ---: | ---: |',
      `| plain \`run()\`, one process | ${f(plain.runsPerSecond)} |`,
      ...throughput.map((t) => `| ${t.workers} | ${f(t.runsPerSecond)} |`),
    ].join('\n'),
  );
} finally {
  for (const stop of stopAll) stop();
  await balancer.close();
  await restate.close();
  await emulator.close();
}
