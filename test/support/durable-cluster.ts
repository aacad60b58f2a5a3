import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator, type Emulator } from '@baton/testing';
import {
  startBalancer,
  type Balancer,
} from '../../examples/durable/balancer.js';
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  startRestateServer,
  type RestateServer,
} from '../../examples/durable/restate-server.js';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** One worker process of {@link DurableCluster}. */
export interface WorkerProcess {
  readonly port: number;
  readonly pid: number;
  /** Ends the process with `signal` and waits until it is gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** A Restate server, an emulator, a balancer and the worker processes behind it, for one test. */
export interface DurableCluster {
  restate: RestateServer;
  emulator: Emulator;
  balancer: Balancer;
  /** Service names of this cluster start with it (one server serves many tests). */
  prefix: string;
  folder: string;
  /** Starts a worker process and puts it behind the balancer. */
  startWorker(env?: Record<string, string>): Promise<WorkerProcess>;
  /** Registers the balancer's URL with Restate (once a worker runs). */
  register(): Promise<void>;
  /** The lines the workers' tools logged: `<tool> <id> <pid> start|end`. */
  toolLog(): string[];
  /** The steps workers ran themselves (not replayed): `<key> <pid>`. */
  stepLog(): string[];
  /** The spans workers ended, in order. */
  spans(): Array<{ traceId: string; type: string; name: string; pid: number }>;
  /** POSTs JSON to the ingress and returns the response. */
  call(
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
  /** Kills every worker and closes the balancer and emulator (the Restate server is the caller's). */
  close(): Promise<void>;
}

let clusters = 0;

/** Starts the emulator and a balancer in front of (so far no) workers, against a running Restate server. */
export async function startCluster(
  restate: RestateServer,
): Promise<DurableCluster> {
  const emulator = await startEmulator();
  const balancer = await startBalancer();
  const folder = mkdtempSync(join(tmpdir(), 'baton-durable-'));
  const prefix = `t${++clusters}_`;
  const workers = new Set<ChildProcess>();
  const ports: number[] = [];
  const lines = (file: string) =>
    existsSync(file)
      ? readFileSync(file, 'utf8').split('\n').filter(Boolean)
      : [];
  const startWorker = (extra: Record<string, string> = {}) =>
    new Promise<WorkerProcess>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          '--conditions=@baton/source',
          '--import',
          'tsx',
          join(repositoryRoot, 'test/support/durable-worker.ts'),
        ],
        {
          cwd: repositoryRoot,
          env: {
            PATH: process.env.PATH ?? '',
            EMULATOR_URL: emulator.url,
            INGRESS_URL: restate.ingressUrl,
            LOG_FILE: join(folder, 'tools.log'),
            STEP_LOG: join(folder, 'steps.log'),
            SPAN_LOG: join(folder, 'spans.log'),
            NODE_ENV: 'test',
            SERVICE_PREFIX: prefix,
            ...extra,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      workers.add(child);
      let stderr = '';
      child.stderr!.on('data', (chunk: Buffer) => {
        stderr += chunk;
        if (process.env.DURABLE_DEBUG) process.stderr.write(chunk);
      });
      const gone = new Promise<void>((done) =>
        child.once('exit', () => done()),
      );
      child.once('exit', (code) => {
        workers.delete(child);
        reject(new Error(`worker exited (${code}) before ready: ${stderr}`));
      });
      child.stdout!.on('data', (chunk: Buffer) => {
        const match = /ready (\d+)/.exec(String(chunk));
        if (!match) return;
        const port = Number(match[1]);
        if (!ports.includes(port)) ports.push(port);
        balancer.setBackends(ports);
        resolve({
          port,
          pid: child.pid!,
          kill: async (signal = 'SIGKILL') => {
            ports.splice(ports.indexOf(port), 1);
            if (child.exitCode === null && child.signalCode === null)
              child.kill(signal);
            await gone;
          },
        });
      });
    });
  return {
    restate,
    emulator,
    balancer,
    prefix,
    folder,
    startWorker,
    register: () => restate.register(balancer.url),
    toolLog: () => lines(join(folder, 'tools.log')),
    stepLog: () => lines(join(folder, 'steps.log')),
    spans: () =>
      lines(join(folder, 'spans.log')).map(
        (line) =>
          JSON.parse(line) as {
            traceId: string;
            type: string;
            name: string;
            pid: number;
          },
      ),
    call: (path, body, headers = {}) =>
      fetch(`${restate.ingressUrl}/${prefix}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body ?? null),
      }),
    close: async () => {
      await Promise.all(
        [...workers].map(
          (child) =>
            new Promise<void>((done) => {
              if (child.exitCode !== null || child.signalCode !== null)
                return done();
              child.once('exit', () => done());
              child.kill('SIGKILL');
            }),
        ),
      );
      await balancer.close();
      await emulator.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** One Restate server for a test file, and the clusters its tests start on it. */
export interface DurableClusters {
  /** The file's server (set once `beforeAll` has run). */
  readonly restate: RestateServer;
  /** Starts a cluster on the file's server; it is closed after the test. */
  start(): Promise<DurableCluster>;
}

/**
 * Starts a Restate server before the file's tests and stops it after them; every cluster a test starts is closed
 * once that test ends, so a failing test leaves no worker behind.
 */
export function useDurableClusters(): DurableClusters {
  let restate: RestateServer | undefined;
  const running: DurableCluster[] = [];
  beforeAll(async () => {
    restate = await startRestateServer();
  }, 60_000);
  afterAll(() => restate?.close());
  afterEach(async () => {
    await Promise.all(running.splice(0).map((cluster) => cluster.close()));
  });
  return {
    get restate() {
      if (!restate) throw new Error('The Restate server has not started yet.');
      return restate;
    },
    async start() {
      const cluster = await startCluster(this.restate);
      running.push(cluster);
      return cluster;
    },
  };
}
