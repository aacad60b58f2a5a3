import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

/** How a script run in its own Node process ended. */
export interface ScriptRun {
  /** The exit code (`null` when a signal ended it). */
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Options of one script run. */
export interface ScriptOptions {
  /** Arguments after the script path. */
  args?: string[];
  /** The whole environment of the child (the parent's is not inherited, so no API key leaks in). */
  env?: Record<string, string>;
  /** Written to the child's standard input, which is then closed. */
  input?: string;
}

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Long enough for tsx to compile the sources on a cold, shared machine; a hung child is killed then. */
const KILL_AFTER_MS = 30_000;

/**
 * Registers an `afterEach` that kills any child its test left running, and returns the function that runs a
 * TypeScript file in a new Node process (through tsx, workspace packages resolved to their sources), as a second
 * process of an application would.
 */
export function nodeScriptsPerTest(): (
  script: string,
  options?: ScriptOptions,
) => Promise<ScriptRun> {
  const running = new Set<ChildProcess>();
  afterEach(() => {
    for (const child of running) child.kill('SIGKILL');
    running.clear();
  });
  return (script, options = {}) =>
    new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          '--conditions=@baton/source',
          '--import',
          'tsx',
          fileURLToPath(new URL(script, `file://${repositoryRoot}`)),
          ...(options.args ?? []),
        ],
        {
          cwd: repositoryRoot,
          env: { PATH: process.env.PATH ?? '', ...options.env },
          stdio: ['pipe', 'pipe', 'pipe'],
        },
      );
      running.add(child);
      const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
      let stdout = '';
      let stderr = '';
      child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk));
      child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        running.delete(child);
        resolve({ code, stdout, stderr });
      });
      child.stdin!.end(options.input ?? '');
    });
}
