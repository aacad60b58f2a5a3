/**
 * Cold start: how long importing a package takes in a fresh Node process, measured inside the process around the
 * dynamic `import()` and outside as the whole process's wall time. A process importing nothing is measured too,
 * so Node's own start-up can be told apart.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { median } from './median.mjs';

const SCRIPT = fileURLToPath(new URL('../cold-import.mjs', import.meta.url));

/** The modules measured: a label and what `cold-import.mjs` imports. */
export const COLD_START_TARGETS = [
  { label: 'node (no import)', specifier: '-' },
  { label: 'openai', specifier: 'openai' },
  { label: '@baton/core', specifier: '@baton/core' },
  { label: '@baton/agents', specifier: '@baton/agents' },
  // @baton/agents loads `openai` only when the first model is created: this is what an app pays before it runs.
  { label: '@baton/agents + openai', specifier: '@baton/agents,openai' },
  { label: '@openai/agents', specifier: '@openai/agents' },
];

/**
 * Samples every target `repeats` times, interleaved so that a slow moment of the machine does not hit a single
 * target, and returns `{ [label]: { importMs, processMs, samples } }` with medians.
 */
export function measureColdStart({
  env,
  repeats,
  targets = COLD_START_TARGETS,
}) {
  const samples = new Map(targets.map((target) => [target.label, []]));
  for (let round = 0; round < repeats; round += 1) {
    for (const target of targets)
      samples.get(target.label).push(sampleOnce(target.specifier, env));
  }
  return Object.fromEntries(
    [...samples].map(([label, list]) => [
      label,
      {
        importMs: median(list.map((sample) => sample.importMs)),
        processMs: median(list.map((sample) => sample.processMs)),
        samples: list,
      },
    ]),
  );
}

function sampleOnce(specifier, env) {
  const started = performance.now();
  const child = spawnSync(process.execPath, [SCRIPT, specifier], {
    env,
    encoding: 'utf8',
  });
  const processMs = performance.now() - started;
  if (child.status !== 0)
    throw new Error(`Cold import of ${specifier} failed:\n${child.stderr}`);
  return { ...JSON.parse(child.stdout), processMs };
}
