import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { arch, platform, tmpdir } from 'node:os';
import { join } from 'node:path';

/** A Restate server started from the npm package, on loopback, with its own data folder and free ports. */
export interface RestateServer {
  /** Where callers send requests: `http://127.0.0.1:<port>`. */
  readonly ingressUrl: string;
  /** The admin API: deployments are registered here. */
  readonly adminUrl: string;
  /** The server's process id. */
  readonly pid: number;
  /** Registers a worker endpoint (its URL) and waits until Restate knows its services. */
  register(uri: string): Promise<void>;
  /** The steps (`ctx.run` entries) of every invocation's journal whose result Restate has stored. */
  completedSteps(): Promise<CompletedStep[]>;
  /** Stops the server and deletes its data folder. Safe to call twice. */
  close(): Promise<void>;
}

/** A journaled step whose result is stored: what a replay takes from the journal instead of running it. */
export interface CompletedStep {
  /** The invocation's id. */
  invocationId: string;
  /** The step's name: `turn-2/model`, `turn-2/tool/call_abc`. */
  name: string;
}

/** Asks the kernel for a free port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function serverBinary(): string {
  const require = createRequire(import.meta.url);
  return require.resolve(
    `@restatedev/restate-server-${platform()}-${arch()}/bin/restate-server`,
  );
}

/**
 * Starts `restate-server` (from `@restatedev/restate-server`) listening on 127.0.0.1 only: ingress, admin and the
 * node-to-node port are fresh free ports, the data lives in a temporary folder removed on `close`.
 */
export async function startRestateServer(): Promise<RestateServer> {
  const dir = mkdtempSync(join(tmpdir(), 'baton-restate-'));
  const [ingress, admin, fabric] = [
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const child: ChildProcess = spawn(
    serverBinary(),
    ['--no-logo', '--default-num-partitions', '4'],
    {
      env: {
        PATH: process.env.PATH ?? '',
        RESTATE_BASE_DIR: dir,
        RESTATE_LISTEN_MODE: 'tcp',
        RESTATE_BIND_ADDRESS: `127.0.0.1:${fabric}`,
        RESTATE_ADVERTISED_ADDRESS: `http://127.0.0.1:${fabric}`,
        RESTATE_INGRESS__BIND_ADDRESS: `127.0.0.1:${ingress}`,
        RESTATE_ADMIN__BIND_ADDRESS: `127.0.0.1:${admin}`,
        RESTATE_LOG_FILTER: 'warn',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    log = (log + String(chunk)).slice(-4000);
  });
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => resolve()),
  );
  const adminUrl = `http://127.0.0.1:${admin}`;
  const ingressUrl = `http://127.0.0.1:${ingress}`;
  let closed = false;
  const close = async () => {
    if (!closed) {
      closed = true;
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(async () => {
      if (child.exitCode !== null)
        throw new Error(`restate-server exited: ${log}`);
      const [adminUp, ingressUp] = await Promise.all([
        fetch(`${adminUrl}/health`).then(
          (r) => r.ok,
          () => false,
        ),
        fetch(`${ingressUrl}/restate/health`).then(
          (r) => r.ok,
          () => false,
        ),
      ]);
      return adminUp && ingressUp;
    }, 30_000);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    ingressUrl,
    adminUrl,
    pid: child.pid!,
    register: async (uri) => {
      const response = await fetch(`${adminUrl}/deployments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ uri, force: true }),
      });
      if (!response.ok)
        throw new Error(
          `Registering ${uri} failed: ${response.status} ${await response.text()}`,
        );
    },
    completedSteps: () => completedSteps(adminUrl),
    close,
  };
}

async function completedSteps(adminUrl: string): Promise<CompletedStep[]> {
  const response = await fetch(`${adminUrl}/query`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      query:
        "SELECT id, entry_type, name, entry_lite_json FROM sys_journal WHERE entry_type IN ('Command: Run', 'Notification: Run')",
    }),
  });
  const { rows } = (await response.json()) as {
    rows: Array<{
      id: string;
      entry_type: string;
      name?: string;
      entry_lite_json: string;
    }>;
  };
  const names = new Map<string, string>();
  const done = new Set<string>();
  for (const row of rows) {
    const entry = JSON.parse(row.entry_lite_json) as {
      Command?: { Run?: { completion_id: number } };
      Notification?: { id?: { CompletionId?: number } };
    };
    const command = entry.Command?.Run?.completion_id;
    if (command !== undefined)
      names.set(`${row.id}/${command}`, row.name ?? '');
    const completion = entry.Notification?.id?.CompletionId;
    if (completion !== undefined) done.add(`${row.id}/${completion}`);
  }
  return [...names]
    .filter(([id]) => done.has(id))
    .map(([id, name]) => ({
      invocationId: id.slice(0, id.lastIndexOf('/')),
      name,
    }));
}

/** Polls `check` until it says yes, or throws after `timeoutMs`. */
export async function waitFor(
  check: () => Promise<boolean> | boolean,
  timeoutMs = 20_000,
  intervalMs = 50,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline)
      throw new Error(`Gave up waiting after ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
