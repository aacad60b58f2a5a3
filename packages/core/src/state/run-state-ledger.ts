/**
 * Where resumes of signed run states are recorded, so each state's approval decisions are used once. Resuming a
 * state restored with a `secret` first claims its `stateId` and `sequence` here; a claim that fails means this
 * state (or a later one of the same run) was resumed already, and the run is refused with
 * `RunStateReplayError`.
 *
 * `claim` must be atomic: two processes that claim the same pair at once must not both succeed. A row per run in a
 * database (`UPDATE ... SET sequence = $2 WHERE state_id = $1 AND sequence < $2`, or an insert on a unique key)
 * or a Redis script does it. Share one ledger among every process that resumes states.
 *
 * @see docs/human-in-the-loop.md
 */
export interface RunStateLedger {
  /**
   * Records that `sequence` of run `stateId` is being resumed. Resolves `true` when no resume of that sequence
   * or a later one was recorded before, `false` otherwise.
   */
  claim(stateId: string, sequence: number): boolean | Promise<boolean>;
}

/**
 * A {@link RunStateLedger} in this process's memory: it stops a state being resumed twice in one process, and is
 * what signed restores use when no `ledger` is given. States that move between processes need a shared ledger.
 */
export class MemoryRunStateLedger implements RunStateLedger {
  readonly #highest = new Map<string, number>();

  claim(stateId: string, sequence: number): boolean {
    const highest = this.#highest.get(stateId);
    if (highest !== undefined && sequence <= highest) return false;
    this.#highest.set(stateId, sequence);
    return true;
  }
}

/** The ledger of signed restores that name none. @internal */
export const processRunStateLedger = new MemoryRunStateLedger();
