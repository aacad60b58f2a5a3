import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A `redis-server` of the tests' own, on 127.0.0.1. */
export interface RedisServer {
  /** `redis://127.0.0.1:<port>`. */
  url: string;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

/**
 * Starts Debian's `redis-server` on a free port with a temporary folder and no persistence, and resolves once it
 * accepts connections.
 */
export async function startRedisServer(): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'baton-redis-'));
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const server = spawn(
      process.env.BATON_REDIS_SERVER ?? 'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--save',
        '',
        '--appendonly',
        'no',
        '--daemonize',
        'no',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      await ready(server);
    } catch (error) {
      // Another process may have taken the port between the probe and the start: try another one.
      await stopProcess(server);
      if (attempt < 3 && !/is missing/.test(String(error))) continue;
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    return {
      url: `redis://127.0.0.1:${port}`,
      stop: async () => {
        await stopProcess(server);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function ready(server: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        server.stdout?.off('data', onData);
        server.stdout?.resume();
        resolve();
      }
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(
              "redis-server is missing: install Debian's redis-server (apt-get install -y redis-server), as .ci/run does.",
            )
          : error,
      ),
    );
    server.once('exit', (code) =>
      reject(
        new Error(
          `redis-server exited (${code}) before it was ready:\n${output}`,
        ),
      ),
    );
  });
}

function stopProcess(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null)
    return Promise.resolve();
  return new Promise((resolve) => {
    server.once('exit', () => resolve());
    server.kill('SIGTERM');
  });
}
