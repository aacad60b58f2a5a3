/**
 * Before measuring, checks that the implementations ask the same of the model: each makes one run per scenario
 * input against a freshly reset emulator, and its request bodies are compared with the floor's.
 */
import { INPUTS } from '../implementations/scenario.mjs';
import { compareRequests } from './compare-requests.mjs';
import { runWorker } from './run-worker.mjs';

/**
 * Returns `{ [mode]: { [implementation]: { requestsPerRun, differences } } }`, `differences` being the JSON
 * paths where its requests differ from the floor's (see `compareRequests`).
 */
export async function verifyRequests({ options, emulator, env }) {
  const verification = {};
  for (const mode of options.modes) {
    const bodies = {};
    for (const implementation of options.implementations) {
      await emulator.reset();
      const job = {
        implementation,
        mode,
        runs: INPUTS.length,
        warmup: 0,
        concurrency: 1,
        baseURL: emulator.url,
      };
      await runWorker({ job, env });
      bodies[implementation] = await emulator.requests();
    }
    verification[mode] = Object.fromEntries(
      options.implementations.map((implementation) => [
        implementation,
        {
          requestsPerRun: bodies[implementation].length / INPUTS.length,
          differences: compareRequests(bodies.floor, bodies[implementation]),
        },
      ]),
    );
  }
  return verification;
}
