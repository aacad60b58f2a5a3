import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The test MCP server's script, to start over stdio as `node <path>`. */
export const TEST_SERVER = fileURLToPath(
  new URL('./fixtures/mcp-test-server.mjs', import.meta.url),
);

/** A temp file the test server appends what it sees to, and a reader for it. */
export function serverLog(): {
  path: string;
  lines: () => string[];
  remove: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'baton-mcp-'));
  const path = join(dir, 'server.log');
  return {
    path,
    lines: () => {
      try {
        return readFileSync(path, 'utf8').split('\n').filter(Boolean);
      } catch {
        return [];
      }
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Starts the test server over Streamable HTTP (or, with `transport: 'sse'`, HTTP+SSE) on a free port of 127.0.0.1. */
export async function startHttpTestServer(
  env: Record<string, string> = {},
  transport: 'http' | 'sse' = 'http',
) {
  const child: ChildProcess = spawn(
    process.execPath,
    [TEST_SERVER, `--${transport}`],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  // A test file that fails before its cleanup must not leave the server running.
  const killChild = () => child.kill();
  process.once('exit', killChild);
  child.once('exit', () => process.off('exit', killChild));
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    child.once('exit', (code) =>
      reject(
        new Error(`The test MCP server exited (${code}) before listening.`),
      ),
    );
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /LISTENING (\d+)/.exec(seen);
      if (match) resolve(Number(match[1]));
    });
  });
  return {
    url: `http://127.0.0.1:${port}/${transport === 'sse' ? 'sse' : 'mcp'}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null)
          return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

/** Whether a process is alive. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
