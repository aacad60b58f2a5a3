/**
 * The agents-as-tools scenario (`implementations/agent-tools-scenario.mjs`): an orchestrator with two agent tools
 * on each implementation, against an emulator process of its own that answers with the scenario's router. First
 * each implementation makes one run per input and its requests are compared with the floor's (Baton's must be the
 * same, every implementation must make four calls per run), then CPU per run is measured as for the main scenario.
 */
import {
  INPUTS,
  REQUESTS_PER_RUN,
} from '../implementations/agent-tools-scenario.mjs';
import { compareRequests } from './compare-requests.mjs';
import { startEmulatorProcess } from './emulator-process.mjs';
import { AGENT_TOOL_IMPLEMENTATIONS } from './implementations.mjs';
import { measureRuns } from './measure-runs.mjs';
import { runWorker } from './run-worker.mjs';

const SCENARIO = 'agent-tools';

/** Resolves with `{ verification, runs }`; `runs` has the shape of `measureRuns`' result. */
export async function measureAgentTools({ options, env, log }) {
  const implementations = options.implementations.filter(
    (name) => name in AGENT_TOOL_IMPLEMENTATIONS,
  );
  const emulator = await startEmulatorProcess({ env, agentTools: true });
  try {
    const verification = {};
    for (const mode of options.modes) {
      const bodies = {};
      for (const implementation of implementations) {
        await emulator.reset();
        await runWorker({
          job: {
            scenario: SCENARIO,
            implementation,
            mode,
            runs: INPUTS.length,
            warmup: 0,
            concurrency: 1,
            baseURL: emulator.url,
          },
          env,
        });
        bodies[implementation] = await emulator.requests();
      }
      verification[mode] = {};
      for (const implementation of implementations) {
        const requestsPerRun = bodies[implementation].length / INPUTS.length;
        const differences = compareRequests(
          bodies.floor,
          bodies[implementation],
        );
        verification[mode][implementation] = { requestsPerRun, differences };
        if (requestsPerRun !== REQUESTS_PER_RUN)
          throw new Error(
            `${implementation} (${mode}, agent tools) made ${requestsPerRun} model calls per run instead of ${REQUESTS_PER_RUN}`,
          );
        if (implementation === 'baton' && differences.length > 0)
          throw new Error(
            `Baton and the floor sent different ${mode} agent-tool requests; update implementations/agent-tools-floor.mjs:\n  ` +
              differences.join('\n  '),
          );
        if (differences.length > 0)
          log(
            `  ${implementation} (${mode}, agent tools) differs from the floor: ${differences.join('; ')}`,
          );
      }
    }
    const runs = await measureRuns({
      options: { ...options, implementations },
      emulator,
      env,
      log,
      scenario: SCENARIO,
    });
    return { verification, runs };
  } finally {
    await emulator.close();
  }
}
