/**
 * One cold-start sample: imports modules in this fresh process and prints how long that took, measured inside
 * the process. Run by `lib/measure-cold-start.mjs`; argv[2] is a comma-separated list of specifiers, `-` for none.
 */
import { performance } from 'node:perf_hooks';

const specifier = process.argv[2];
const started = performance.now();
if (specifier !== '-') {
  for (const module of specifier.split(',')) await import(module);
}
const importMs = performance.now() - started;
process.stdout.write(
  JSON.stringify({ importMs, sinceProcessStartMs: performance.now() }),
);
