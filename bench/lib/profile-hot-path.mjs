/**
 * Profiles Baton and the floor with `node --cpu-prof` on the same runs (one after another, or
 * `--profile-concurrency` at a time) and summarizes where their CPU time goes during the measured runs (start-up and warm-up are cut out of the profiles).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runWorker } from './run-worker.mjs';
import { mergeSummaries, summarizeProfile } from './summarize-profile.mjs';

/**
 * Baton and the floor in A-B-B-A order: on a machine whose load drifts, each then gets as many early as late
 * slots, and their two profiles are added up.
 */
const ORDER = ['baton', 'floor', 'floor', 'baton'];

/**
 * Returns `{ [mode]: { [implementation]: { runs, profiles, summary } } }`, `runs` counting both profiles; the
 * raw `.cpuprofile` files stay in `directory` (open them in Chrome DevTools or VS Code).
 */
export async function profileHotPath({
  options,
  emulator,
  env,
  directory,
  log,
}) {
  const results = {};
  for (const mode of options.modes) {
    const taken = { baton: [], floor: [] };
    for (const [index, implementation] of ORDER.entries()) {
      const target = join(directory, `${mode}-${index + 1}-${implementation}`);
      taken[implementation].push(
        await profileOnce({
          implementation,
          mode,
          options,
          emulator,
          env,
          target,
        }),
      );
    }
    results[mode] = {};
    for (const [implementation, profiles] of Object.entries(taken)) {
      const runs = options.profileRuns * profiles.length;
      const summary = mergeSummaries(
        profiles.map((profile) => profile.summary),
      );
      log(
        `  profiled ${implementation} ${mode}: ${(summary.totalMs / runs).toFixed(2)} ms/run sampled`,
      );
      results[mode][implementation] = {
        runs,
        profiles: profiles.map((profile) => profile.file),
        summary,
      };
    }
  }
  return results;
}

async function profileOnce({
  implementation,
  mode,
  options,
  emulator,
  env,
  target,
}) {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  await emulator.reset();
  const job = {
    implementation,
    mode,
    runs: options.profileRuns,
    warmup: options.warmup,
    concurrency: options.profileConcurrency ?? 1,
    baseURL: emulator.url,
    // The same code with every answer at once: how fast it runs with nothing between its steps.
    canned: options.profileCanned === true,
  };
  const report = await runWorker({ job, env, profileDirectory: target });
  const name = readdirSync(target).find((entry) =>
    entry.endsWith('.cpuprofile'),
  );
  if (!name) throw new Error(`No CPU profile was written to ${target}`);
  const file = join(target, name);
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  return {
    file,
    summary: summarizeProfile(profile, { window: report.measuredWindowUs }),
  };
}
