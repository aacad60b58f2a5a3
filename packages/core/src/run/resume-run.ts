import { UserError } from '../errors/errors.js';
import { RunStateReplayError } from '../errors/run-state-errors.js';
import type { RunState } from '../state/run-state.js';
import { noopSink } from '../streaming/event-sink.js';
import { applyChange } from './apply-change.js';
import { getLogger } from '../logging/get-logger.js';
import { hasUnsavedSessionItems } from './save-to-session.js';
import {
  processRunStateLedger,
  type RunStateLedger,
} from '../state/run-state-ledger.js';

let warned = false;

/** Whether a run has its final output and waits for nothing. @internal */
export function isFinished(state: RunState<any, any>): boolean {
  return state.finalOutput !== undefined && state.interruptions.length === 0;
}

// Enough within one process; across processes only a shared ledger can tell, so say so once.
function defaultLedger(): RunStateLedger {
  if (!warned) {
    warned = true;
    getLogger('baton:run-state').warn(
      'A signed run state is resumed with the in-process ledger: a copy resumed in another process would not be ' +
        'caught. Give `new Runner({ runStateLedger })` (or `RunState.fromString(..., { ledger })`) a shared ledger.',
    );
  }
  return processRunStateLedger;
}

const running = new WeakSet<RunState<any, any>>();

/**
 * Marks `state` as running until `release` is called; a state can be run by one run at a time, or two runs would
 * execute its approved calls twice. @internal
 */
export function holdState(state: RunState<any, any>): () => void {
  if (running.has(state))
    throw new UserError(
      'This RunState is already being run. Wait for that run to end (or stop) before resuming it again.',
    );
  running.add(state);
  return () => running.delete(state);
}

/**
 * Gets a stopped state ready to continue: refuses a finished run (unless only its session append is left, see
 * `hasUnsavedSessionItems`), and for a state restored with a `secret`
 * claims its `sequence` in the ledger first, so its decisions are used once. Then the state counts the resume.
 * @internal
 */
export async function resumeRun(
  state: RunState<any, any>,
  options: { maxTurns?: number; ledger?: RunStateLedger; session?: boolean },
): Promise<void> {
  if (
    isFinished(state) &&
    !(options.session === true && hasUnsavedSessionItems(state))
  )
    throw new UserError(
      'This run has finished: it has a final output and nothing to resume. ' +
        'To go on with the conversation, start a new run with `state.history()` as its input.',
    );
  const ledger = state.claimOnResume
    ? (state.replayLedger ?? options.ledger ?? defaultLedger())
    : undefined;
  if (ledger && !(await ledger.claim(state.stateId, state.sequence)))
    throw new RunStateReplayError(
      `This run state (run ${state.stateId}, resume ${state.sequence}) was resumed before: its approvals have been ` +
        'used. Resume the newest state of the run instead.',
      { stateId: state.stateId, sequence: state.sequence },
    );
  applyChange(state, noopSink, { type: 'resumed', maxTurns: options.maxTurns });
}
