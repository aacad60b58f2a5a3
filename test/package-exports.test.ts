import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packagesDir = join(import.meta.dirname, '..', 'packages');
const probe = join(import.meta.dirname, 'support', 'dual-package-probe.mjs');
const packages = [
  'tracing',
  'core',
  'openai',
  'tools',
  'testing',
  'mcp',
  'restate',
  'sessions',
  'agents',
] as const;

interface ProbeReport {
  requirePath: string;
  importPath: string;
  cjsKeys: string[];
  esmKeys: string[];
  sharedFunctions: string[];
  errors?: Record<string, boolean | string>;
}

let sandbox: string;

beforeAll(() => {
  // Outside the repository, so the only way to reach Baton is through these links and each package's exports map.
  sandbox = mkdtempSync(join(tmpdir(), 'baton-exports-'));
  mkdirSync(join(sandbox, 'node_modules', '@baton'), { recursive: true });
  for (const name of packages) {
    symlinkSync(
      join(packagesDir, name),
      join(sandbox, 'node_modules', '@baton', name),
      'dir',
    );
  }
  copyFileSync(probe, join(sandbox, 'probe.mjs'));
});

afterAll(() => {
  rmSync(sandbox, { recursive: true, force: true });
});

function missingBuildFiles(name: string): string[] {
  return [
    'dist/esm/index.js',
    'dist/cjs/index.js',
    'dist/cjs/package.json',
  ].filter((file) => !existsSync(join(packagesDir, name, file)));
}

const reports = new Map<string, Promise<ProbeReport>>();

/** What the probe saw for one package; each package is probed once per run and shared by its tests. */
function probePackage(name: string): Promise<ProbeReport> {
  let report = reports.get(name);
  if (!report) {
    report = spawnProbe(name);
    reports.set(name, report);
  }
  return report;
}

/** Loads the package both ways in a plain `node` (no vitest, no custom conditions) and returns what it saw. */
async function spawnProbe(name: string): Promise<ProbeReport> {
  if (missingBuildFiles(name).length > 0) {
    throw new Error(`@baton/${name} is not built: run npm run build first`);
  }
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const { stdout } = await run(
    process.execPath,
    ['probe.mjs', `@baton/${name}`],
    { cwd: sandbox, env },
  );
  return JSON.parse(stdout) as ProbeReport;
}

describe.each(packages)('@baton/%s from its built dist', (name) => {
  it('has been built', () => {
    expect(
      missingBuildFiles(name),
      `@baton/${name} is not built: run npm run build first`,
    ).toEqual([]);
  });

  it('resolves require() to dist/cjs and import() to dist/esm', async () => {
    const report = await probePackage(name);
    expect(report.requirePath).toContain(
      `${sep}${name}${sep}dist${sep}cjs${sep}`,
    );
    expect(report.importPath).toContain(
      `${sep}${name}${sep}dist${sep}esm${sep}`,
    );
  });

  it('exports the same non-empty set of names from both formats, as separate copies', async () => {
    const report = await probePackage(name);
    expect(report.cjsKeys.length).toBeGreaterThan(0);
    expect(report.esmKeys).toEqual(report.cjsKeys);
    expect(report.sharedFunctions).toEqual([]);
  });
});

describe('@baton/core errors across the ESM and CJS copies', () => {
  it('recognises an error from the other copy through isInstance, where instanceof fails', async () => {
    const report = await probePackage('core');
    expect(report.esmKeys).toEqual(
      expect.arrayContaining(['BatonError', 'UserError', 'ModelRequestError']),
    );
    expect(report.errors).toEqual({
      instanceofAcrossCopies: false,
      esmBaseRecognisesCjs: true,
      cjsBaseRecognisesEsm: true,
      esmClassRecognisesCjs: true,
      otherClassRejectsCjs: false,
      name: 'UserError',
    });
  });
});
