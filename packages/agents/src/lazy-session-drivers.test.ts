import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const probe = fileURLToPath(
  new URL('../test/support/driver-probe.mjs', import.meta.url),
);
const tsx = createRequire(import.meta.url).resolve('tsx');

describe('@baton/agents and the session stores', () => {
  it('loads no SQLite or Redis driver on import, only when a store is first used', async () => {
    // A fresh process: this one has loaded whatever other tests needed.
    const { stdout } = await run(process.execPath, [
      '--conditions=@baton/source',
      '--import',
      tsx,
      probe,
    ]);
    const report = JSON.parse(stdout) as {
      afterImport: string[];
      afterSqlite: string[];
      afterRedis: string[];
      driver: string;
    };
    expect(report.afterImport).toEqual([]);
    expect(report.afterSqlite).toEqual([report.driver]);
    expect(report.afterRedis).toEqual(
      expect.arrayContaining(['redis', report.driver]),
    );
    // The fresh process compiles every package's TypeScript source first: on a loaded machine that alone can
    // take longer than the default timeout.
  }, 60_000);
});
