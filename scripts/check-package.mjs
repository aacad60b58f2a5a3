#!/usr/bin/env node
// Checks the built package in the current directory the way a consumer would see it (house style §8):
//   publint  — the package.json fields and exports map point at files that exist, in a sensible order;
//   attw     — TypeScript finds the right types under node10, node16 (from ESM and from CJS) and bundler.
// Both pack the package with `npm pack` first, so they see exactly what would be published.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

if (!existsSync('dist/esm') || !existsSync('dist/cjs')) {
  console.error(
    `check-package: ${manifest.name} has no dist/esm or dist/cjs; run npm run build first.`,
  );
  process.exit(1);
}

/** Runs a tool installed at the repository root and reports whether it passed. */
function runTool(name, args) {
  const bin = join(repositoryRoot, 'node_modules', '.bin', name);
  const result = spawnSync(bin, args, { stdio: 'inherit' });
  if (result.error) {
    console.error(
      `check-package: could not start ${name}: ${result.error.message}`,
    );
    return false;
  }
  return result.status === 0;
}

// --strict: publint warnings (a types condition after default, a missing file) break some consumer, so they fail.
const publintPassed = runTool('publint', ['run', '.', '--strict']);
// The strict profile also checks node10 resolution (`main`/`types`), which the package still supports.
// --no-definitely-typed keeps the check offline: the package ships its own types.
const attwPassed = runTool('attw', [
  '--pack',
  '.',
  '--profile',
  'strict',
  '--no-definitely-typed',
  '--format',
  'table-flipped',
]);

if (!publintPassed || !attwPassed) {
  const failed = [
    publintPassed ? null : 'publint',
    attwPassed ? null : 'attw',
  ].filter(Boolean);
  console.error(
    `check-package: ${manifest.name} failed ${failed.join(' and ')}.`,
  );
  process.exit(1);
}
console.log(`check-package: ${manifest.name} passes publint and attw.`);
