// Builds the package in the current directory twice: ESM (NodeNext) and CJS,
// then marks dist/cjs as CommonJS so Node reads it as such despite "type": "module",
// and bundles each entry point into one file per format (see bundle-entries.mjs).
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  rmSync,
  writeFileSync,
  chmodSync,
  existsSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { bundleEntries } from './bundle-entries.mjs';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');

rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.esm.json'], {
  stdio: 'inherit',
});
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.cjs.json'], {
  stdio: 'inherit',
});
mkdirSync('dist/cjs', { recursive: true });
writeFileSync('dist/cjs/package.json', '{"type":"commonjs"}\n');
await bundleEntries();

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
for (const bin of Object.values(pkg.bin ?? {})) {
  if (existsSync(bin)) chmodSync(bin, 0o755);
}
