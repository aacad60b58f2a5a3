/** Turns one guardrail measurement (timed runs and the emulator's record) into the figures of the report. */
import { median } from './median.mjs';

/**
 * Summarizes `runs` (`{ ms, checkerMs }` each) and `records` (`{ model, clientDisconnected }` each): median and
 * max time to the tripwire, the checker run's median duration, the median of each run's time beyond its checker
 * run (what the SDK adds after the verdict), and how many `mainModel` requests were sent and completed (the
 * client never left).
 */
export function summarizeGuardrail({ runs, records, mainModel }) {
  const times = runs.map((run) => run.ms);
  const main = records.filter((record) => record.model === mainModel);
  return {
    runs: runs.length,
    medianMs: median(times),
    maxMs: Math.max(...times),
    checkerMedianMs: median(runs.map((run) => run.checkerMs)),
    beyondCheckerMedianMs: median(runs.map((run) => run.ms - run.checkerMs)),
    beyondCheckerMaxMs: Math.max(...runs.map((run) => run.ms - run.checkerMs)),
    mainRequests: main.length,
    mainRequestsCompleted: main.filter((record) => !record.clientDisconnected)
      .length,
  };
}
