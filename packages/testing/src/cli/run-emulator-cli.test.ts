import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runEmulatorCli } from './run-emulator-cli.js';

const FIXTURES = fileURLToPath(
  new URL('../../../../../shared/fixtures/', import.meta.url),
);

function capture() {
  const lines: string[] = [];
  let announce: (line: string) => void = () => {};
  const firstLine = new Promise<string>((resolve) => (announce = resolve));
  return {
    lines,
    firstLine,
    out: (line: string) => {
      lines.push(line);
      announce(line);
    },
  };
}

describe('runEmulatorCli', () => {
  it('prints the base URL, serves requests, and resolves 0 when stopped', async () => {
    const controller = new AbortController();
    const stdout = capture();
    const errors: string[] = [];
    const done = runEmulatorCli(['--port', '0', '--host', '127.0.0.1'], {
      out: stdout.out,
      err: (line) => errors.push(line),
      signal: controller.signal,
    });
    const url = await stdout.firstLine;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const response = await fetch(`${url}/responses`, {
      method: 'POST',
      body: '{"model":"m","input":"hi"}',
    });
    expect(response.status).toBe(200);
    controller.abort();
    expect(await done).toBe(0);
    expect(errors.join('\n')).toContain('OPENAI_BASE_URL=');
    await expect(
      fetch(`${url}/responses`, { method: 'POST', body: '{}' }),
    ).rejects.toThrow();
  });

  it('answers the first request with a --replay recording', async () => {
    const controller = new AbortController();
    const stdout = capture();
    const file = `${FIXTURES}chat/openai-python-chat-text.sse`;
    const done = runEmulatorCli(['--replay', file], {
      out: stdout.out,
      err: () => {},
      signal: controller.signal,
    });
    const url = await stdout.firstLine;
    const body = await (
      await fetch(`${url}/chat/completions`, {
        method: 'POST',
        body: '{"stream":true}',
      })
    ).text();
    expect(body.endsWith('data: [DONE]\n\n')).toBe(true);
    expect(body).toContain('chatcmpl-ABfw031mOJeYCSHe4yI2ZjOA6kMJL');
    controller.abort();
    expect(await done).toBe(0);
  });

  it('exits 2 with usage on an unknown option and 1 on a missing replay file', async () => {
    const errors: string[] = [];
    const err = (line: string) => errors.push(line);
    expect(await runEmulatorCli(['--bogus'], { out: () => {}, err })).toBe(2);
    expect(errors[0]).toContain('Usage: baton-emulator');
    expect(
      await runEmulatorCli(['--replay', 'does-not-exist.json'], {
        out: () => {},
        err,
      }),
    ).toBe(1);
    expect(errors[1]).toContain('does-not-exist.json');
  });

  it('prints usage and exits 0 for --help', async () => {
    const stdout = capture();
    expect(await runEmulatorCli(['--help'], { out: stdout.out })).toBe(0);
    expect(stdout.lines[0]).toContain('--replay <file>');
  });
});

/**
 * Resolves with the child's first line of standard output, or rejects with its standard error if it exits first,
 * so a child that dies while starting fails the test with its reason instead of hanging it.
 */
function firstLine(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    const onData = (chunk: Buffer) => {
      stdout += chunk.toString();
      const end = stdout.indexOf('\n');
      if (end === -1) return;
      child.off('exit', onExit);
      child.stdout!.off('data', onData);
      resolve(stdout.slice(0, end));
    };
    const onExit = (code: number | null, signal: string | null) =>
      reject(
        new Error(
          `baton-emulator exited (${code ?? signal}) before printing its URL:\n${stderr()}`,
        ),
      );
    child.stdout!.on('data', onData);
    child.once('exit', onExit);
  });
}

describe('the baton-emulator bin', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    // A fresh process compiles the sources through tsx first, which a loaded CI machine makes slow.
    it(
      `prints the URL and exits cleanly on ${signal}`,
      { timeout: 60_000 },
      async () => {
        const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', '--conditions=@baton/source', cli, '--port', '0'],
          {
            cwd: fileURLToPath(new URL('../..', import.meta.url)),
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        );
        let stderr = '';
        child.stderr.on(
          'data',
          (chunk: Buffer) => (stderr += chunk.toString()),
        );
        try {
          const url = await firstLine(child, () => stderr);
          expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
          const response = await fetch(`${url}/chat/completions`, {
            method: 'POST',
            body: '{"messages":[]}',
          });
          expect(response.status).toBe(200);
          await response.arrayBuffer();
          const exited = once(child, 'exit');
          child.kill(signal);
          expect({ exit: await exited, stderr }).toMatchObject({
            exit: [0, null],
          });
        } finally {
          if (child.exitCode === null && child.signalCode === null)
            child.kill('SIGKILL');
        }
      },
    );
  }
});
