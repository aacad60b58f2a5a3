/** Which two implementations `bench:paired` can load into one process, and how. */
import { IMPLEMENTATIONS } from './implementations.mjs';

/** The variants that register trace processors for every run of their process. */
const PROCESS_WIDE = new Set(['baton-traced', 'baton-stored', 'baton-otel']);

/**
 * Checks a pairing. A traced variant shares a process only with `baton`: tracing is then switched off
 * (`setTracingDisabled`) for the untraced blocks and on for the traced ones, which `tracingSwitch` says. Returns
 * `{ problem }` with a readable reason when the pair cannot be measured.
 */
export function checkPairing(reference, measured) {
  const tracingSwitch = reference === 'baton' && PROCESS_WIDE.has(measured);
  for (const name of [reference, measured]) {
    if (!IMPLEMENTATIONS[name])
      return {
        problem: `unknown implementation ${name}; one of ${Object.keys(IMPLEMENTATIONS).join(', ')}`,
      };
    if (PROCESS_WIDE.has(name) && !tracingSwitch)
      return {
        problem: `${name} sets tracing up for the whole process, so it can only be paired as \`baton ${name}\``,
      };
  }
  return { tracingSwitch };
}
