/**
 * The guardrail tripwire measurement: Baton and `@openai/agents`, each mode in a fresh worker process, against an
 * emulator of their own whose main model is slow (1 s to first byte) and whose checker model is fast.
 */
import {
  MAIN_MODEL,
  MODEL_LATENCY_MS,
} from '../implementations/guardrail-scenario.mjs';
import { startEmulatorProcess } from './emulator-process.mjs';
import { runGuardrailWorker } from './run-guardrail-worker.mjs';
import { summarizeGuardrail } from './summarize-guardrail.mjs';

/** The SDKs that have guardrails (the floor has none). */
export const GUARDRAIL_IMPLEMENTATIONS = ['baton', 'openai-agents'];

/**
 * Measures `{ [mode]: { [implementation]: summary } }` (see `summarizeGuardrail`), plus the raw runs. Requests are
 * read once the main model's latency (and a margin) has passed since the last run, so each has either completed
 * or been seen to be abandoned.
 */
export async function measureGuardrail({ options, env, log }) {
  const emulator = await startEmulatorProcess({
    env,
    modelLatencyMs: MODEL_LATENCY_MS,
  });
  const results = {};
  try {
    for (const mode of options.modes) {
      for (const implementation of GUARDRAIL_IMPLEMENTATIONS.filter((name) =>
        options.implementations.includes(name),
      )) {
        await emulator.reset();
        const job = {
          implementation,
          mode,
          runs: options.guardrailRuns,
          warmup: options.guardrailWarmup,
          settleMs: MODEL_LATENCY_MS[MAIN_MODEL] + 300,
          baseURL: emulator.url,
        };
        const { runs, records } = await runGuardrailWorker({
          job,
          env,
          emulator,
        });
        const summary = summarizeGuardrail({
          runs,
          records,
          mainModel: MAIN_MODEL,
        });
        log(
          `  guardrail ${mode} ${implementation}: median ${summary.medianMs.toFixed(0)} ms to the tripwire, ` +
            `${summary.mainRequestsCompleted}/${summary.mainRequests} main requests completed`,
        );
        (results[mode] ??= {})[implementation] = { ...summary, samples: runs };
      }
    }
  } finally {
    await emulator.close();
  }
  return results;
}
