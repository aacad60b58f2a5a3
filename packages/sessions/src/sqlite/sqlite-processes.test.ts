import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SQLiteSession } from './sqlite-session.js';

const workerScript = fileURLToPath(
  new URL('../../test/support/append-worker.ts', import.meta.url),
);
const tsx = createRequire(import.meta.url).resolve('tsx');
const dir = mkdtempSync(join(tmpdir(), 'baton-sqlite-processes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts a worker process; resolves once it has opened the file. */
async function startWorker(args: string[]) {
  const child = spawn(
    process.execPath,
    ['--conditions=@baton/source', '--import', tsx, workerScript, ...args],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit');
  while (!output.includes('ready\n')) {
    await Promise.race([once(child.stdout, 'data'), exited]);
    if (child.exitCode !== null) throw new Error(`worker exited early`);
  }
  return {
    go: () => child.stdin.write('go\n'),
    finished: exited.then(([code]) => ({ code, output })),
  };
}

/** Starts one worker per name on `path`, lets them all go at once, and returns the file's history once all exited. */
async function runWorkers(
  path: string,
  names: string[],
  turns: number,
  mode?: 'locked',
): Promise<{ content: string }[]> {
  const workers = await Promise.all(
    names.map((name) =>
      startWorker([
        path,
        'shared',
        name,
        String(turns),
        ...(mode ? [mode] : []),
      ]),
    ),
  );
  for (const worker of workers) worker.go();
  const results = await Promise.all(workers.map((w) => w.finished));
  expect(results.map((r) => r.code)).toEqual(names.map(() => 0));
  const session = new SQLiteSession({ path, sessionId: 'shared' });
  const items = (await session.getItems()) as { content: string }[];
  await session.close();
  expect(items).toHaveLength(names.length * turns * 2);
  return items;
}

describe('SQLiteSession across processes', () => {
  it('loses no write when four processes append to one file at once', async () => {
    const path = join(dir, 'shared.db');
    const names = ['w0', 'w1', 'w2', 'w3'];
    const turns = 200;
    const items = await runWorkers(path, names, turns);
    // Every turn whole: a question is always followed by its own answer.
    for (let i = 0; i < items.length; i += 2) {
      const [name, turn] = items[i]!.content.split(':');
      expect(items[i + 1]!.content).toBe(`${name}:${turn}:answer`);
    }
    for (const name of names) {
      const own = items
        .map((item) => item.content)
        .filter(
          (text) => text.startsWith(`${name}:`) && text.endsWith('question'),
        );
      expect(own).toEqual(
        Array.from({ length: turns }, (_, t) => `${name}:${t}:question`),
      );
    }
  }, 60_000);

  it('gives every locked turn the whole history before it when four processes run turns on one conversation', async () => {
    const path = join(dir, 'locked.db');
    const names = ['w0', 'w1', 'w2', 'w3'];
    const turns = 25;
    const items = await runWorkers(path, names, turns, 'locked');
    // The question at position i says how many items its turn read: exactly i, if no two turns overlapped.
    for (let i = 0; i < items.length; i += 2) {
      const [name, turn, seen] = items[i]!.content.split(':');
      expect(Number(seen)).toBe(i);
      expect(items[i + 1]!.content).toBe(`${name}:${turn}:answer`);
    }
  }, 60_000);
});
