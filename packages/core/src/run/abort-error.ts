import { BatonError, RunAbortedError } from '../errors/errors.js';
import type { RunState } from '../state/run-state.js';

/** The error an aborted run ends with: the signal's reason if it is a Baton error, else a `RunAbortedError`. @internal */
export function abortError(
  signal: AbortSignal,
  state: RunState<any, any>,
): BatonError {
  const reason: unknown = signal.reason;
  if (BatonError.isInstance(reason)) {
    reason.state ??= state;
    return reason;
  }
  const detail =
    reason instanceof Error && reason.name !== 'AbortError'
      ? `: ${reason.message}`
      : '.';
  return new RunAbortedError(`The run was aborted${detail}`, {
    cause: reason,
    state,
  });
}
