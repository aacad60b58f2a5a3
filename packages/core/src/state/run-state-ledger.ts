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

/** Options of {@link MemoryRunStateLedger}. */
export interface MemoryRunStateLedgerOptions {
  /**
   * The most runs remembered (default 10,000). The run claimed longest ago is forgotten first, and a forgotten run's
   * old states could be resumed again: size it above the runs that wait for decisions at any one time.
   */
  maxRuns?: number;
}

/**
 * A {@link RunStateLedger} in this process's memory: it stops a state being resumed twice in one process, and is
 * what signed states use when no ledger is given. States that move between processes need a shared ledger.
 */
export class MemoryRunStateLedger implements RunStateLedger {
  readonly #highest = new Map<string, number>();
  readonly #maxRuns: number;

  constructor(options: MemoryRunStateLedgerOptions = {}) {
    this.#maxRuns = Math.max(1, options.maxRuns ?? 10_000);
  }

  claim(stateId: string, sequence: number): boolean {
    const highest = this.#highest.get(stateId);
    if (highest !== undefined && sequence <= highest) return false;
    // Re-inserted, so the map's order is the order of last claims.
    this.#highest.delete(stateId);
    this.#highest.set(stateId, sequence);
    if (this.#highest.size > this.#maxRuns)
      this.#highest.delete(this.#highest.keys().next().value!);
    return true;
  }
}

/** The ledger of signed restores that name none. @internal */
export const processRunStateLedger = new MemoryRunStateLedger();
