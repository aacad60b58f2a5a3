import type { RunState } from '../state/run-state.js';

/**
 * Ends a run with its final output; the place where output checks run before the caller sees the output.
 * @internal
 */
export function finish(state: RunState<any, any>, output: unknown): void {
  state.finalOutput = output;
}
