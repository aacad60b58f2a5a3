/**
 * Checks the verification pass (see `verifyRequests`): every implementation makes the scenario's number of model
 * calls per run, and Baton asks exactly what the floor asks (else the floor would no longer be the floor).
 */
import { REQUESTS_PER_RUN } from '../implementations/scenario.mjs';

/**
 * Throws when an implementation made other than {@link REQUESTS_PER_RUN} calls per run or Baton's requests
 * differ from the floor's; `log` receives the other implementations' differences.
 */
export function assertSameRequests(verification, log) {
  for (const [mode, byImplementation] of Object.entries(verification)) {
    for (const [
      implementation,
      { requestsPerRun, differences },
    ] of Object.entries(byImplementation)) {
      if (requestsPerRun !== REQUESTS_PER_RUN) {
        throw new Error(
          `${implementation} (${mode}) made ${requestsPerRun} model calls per run instead of ${REQUESTS_PER_RUN}`,
        );
      }
      if (implementation === 'baton' && differences.length > 0) {
        throw new Error(
          `Baton and the floor sent different ${mode} requests; update implementations/floor.mjs to match:\n  ` +
            differences.join('\n  '),
        );
      }
      if (differences.length > 0)
        log(
          `  ${implementation} (${mode}) differs from the floor: ${differences.join('; ')}`,
        );
    }
  }
}
