import { BatonError, RunAbortedError } from '../errors/errors.js';
import type { RunState } from '../state/run-state.js';

/**
 * How a run stops early, in one place. Two signals are involved:
 * - the run's signal, aborted only by the caller's `signal` or by a stream consumer that stops reading: the one
 *   case where a run ends with `RunAbortedError`;
 * - each turn's signal ({@link TurnScope}), a child of the run's, which the loop also aborts when a step of the turn
 *   fails (so sibling tools stop) and which a check running beside the model (a guardrail) may abort with its own
 *   typed error.
 * @internal
 */

/** The error a run ends with after its signal fired: the reason if it is a Baton error, else a `RunAbortedError`. */
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

/** Throws the run's abort error when `signal` has fired; call it before starting any new piece of work. */
export function throwIfAborted(
  signal: AbortSignal,
  state: RunState<any, any>,
): void {
  if (signal.aborted) throw abortError(signal, state);
}

/**
 * What the caller sees when a run fails: an abort only when the run's own signal fired; otherwise the error itself,
 * unchanged (a user callback's `TypeError` stays a `TypeError`), with the run's state attached.
 */
export function toRunError(
  error: unknown,
  runSignal: AbortSignal,
  state: RunState<any, any>,
): unknown {
  if (runSignal.aborted) return abortError(runSignal, state);
  return withRunState(error, state);
}

/**
 * Attaches `state` to an error so a failed run can be inspected or resumed. Baton errors carry it as a field; any
 * other extensible error object gets a non-enumerable `state` property (not logged, not serialised), unless it has
 * one already.
 */
export function withRunState<T>(error: T, state: RunState<any, any>): T {
  if (BatonError.isInstance(error)) {
    error.state ??= state;
  } else if (
    typeof error === 'object' &&
    error !== null &&
    Object.isExtensible(error) &&
    !('state' in error)
  ) {
    Object.defineProperty(error, 'state', {
      value: state,
      enumerable: false,
      configurable: true,
      writable: true,
    });
  }
  return error;
}

/**
 * One turn's abort signal: fires when the run's does, when a step of the turn fails, or when something running
 * beside the model aborts the turn with its own error.
 */
export class TurnScope {
  readonly #controller = new AbortController();
  readonly #runSignal: AbortSignal;
  readonly #onRunAbort = () => this.#controller.abort(this.#runSignal.reason);
  readonly #listening: boolean;

  /**
   * @param follow `false` when the caller aborts the scope itself once the run's signal fires ({@link RunTurns}),
   * so the scope adds no listener of its own.
   */
  constructor(runSignal: AbortSignal, follow = true) {
    this.#runSignal = runSignal;
    this.#listening = follow && !runSignal.aborted;
    if (runSignal.aborted) this.#onRunAbort();
    else if (follow)
      runSignal.addEventListener('abort', this.#onRunAbort, { once: true });
  }

  /** The turn's signal: pass it to the model call and the tools. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Stops the turn's work in flight. The first reason wins. */
  abort(reason: unknown): void {
    this.#controller.abort(reason);
  }

  /** Detaches from the run's signal; call it when the turn is over. */
  dispose(): void {
    if (this.#listening)
      this.#runSignal.removeEventListener('abort', this.#onRunAbort);
  }
}

/**
 * The turns of one run, one {@link TurnScope} at a time. A single listener on the run's signal aborts the turn in
 * progress, rather than one added and removed per turn; none at all when nothing can abort the run (a plain run
 * without a caller's signal).
 */
export class RunTurns {
  readonly #runSignal: AbortSignal;
  readonly #listening: boolean;
  #current: TurnScope | undefined;
  readonly #onRunAbort = () => this.#current?.abort(this.#runSignal.reason);

  /** @param abortable Whether anything can abort the run's signal (a caller's signal, a stream's consumer). */
  constructor(runSignal: AbortSignal, abortable: boolean) {
    this.#runSignal = runSignal;
    this.#listening = abortable && !runSignal.aborted;
    if (this.#listening)
      runSignal.addEventListener('abort', this.#onRunAbort, { once: true });
  }

  /** A new turn's scope, aborted already if the run's signal has fired. */
  begin(): TurnScope {
    const scope = new TurnScope(this.#runSignal, false);
    this.#current = scope;
    return scope;
  }

  /** The turn is over: a later abort of the run no longer reaches its scope. */
  end(): void {
    this.#current = undefined;
  }

  /** Detaches from the run's signal; call it when the run's turns are over. */
  close(): void {
    if (this.#listening)
      this.#runSignal.removeEventListener('abort', this.#onRunAbort);
  }
}
