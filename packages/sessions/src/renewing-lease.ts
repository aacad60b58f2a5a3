import { SessionLockLostError } from './errors/session-lock-lost-error.js';

/**
 * What the leases of this package's locks share: the lock is renewed every third of its time to live while held
 * (stopping once another run has taken it), release is idempotent, and a write refused by the fencing token
 * fails the same way everywhere. The store supplies how to renew and how to let go.
 * @internal
 */
export abstract class RenewingLease<TToken extends string | number> {
  /** The fencing token of this lease: writes go through only while it is the conversation's newest. */
  readonly fencingToken: TToken;
  readonly #renewal: ReturnType<typeof setInterval>;
  #released: Promise<void> | undefined;

  constructor(token: TToken, ttlMs: number) {
    this.fencingToken = token;
    this.#renewal = setInterval(
      () => void this.#renew(),
      Math.max(1, Math.floor(ttlMs / 3)),
    );
    // A held lock must not keep the process alive on its own.
    this.#renewal.unref();
  }

  /** Lets the next run in; idempotent. */
  release(): Promise<void> {
    if (!this.#released) {
      clearInterval(this.#renewal);
      this.#released = this.free();
    }
    return this.#released;
  }

  /** Extends the lock; false once another run holds it. */
  protected abstract renew(): Promise<boolean>;

  /** Frees the lock if this lease still holds it. */
  protected abstract free(): Promise<void>;

  /** The error of a write the fencing token refused. */
  protected superseded(): SessionLockLostError {
    return new SessionLockLostError(
      `This run's lock on the conversation (fencing token ${this.fencingToken}) has been superseded by a newer ` +
        "run's, so its items were not appended. Load the history again and retry the turn; raise the lock's " +
        'ttlMs if runs hold it longer than it lasts.',
    );
  }

  async #renew(): Promise<void> {
    try {
      // Lost to someone else: stop renewing; the fencing token refuses this lease's writes from now on.
      if (!(await this.renew())) clearInterval(this.#renewal);
    } catch {
      // A failed renewal is retried at the next tick; if the lock expires meanwhile, fencing still protects writes.
    }
  }
}
