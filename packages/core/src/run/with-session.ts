import { getLogger } from '../logging/get-logger.js';
import { holdSession, type SessionHold } from '../sessions/hold-session.js';
import type { RunState } from '../state/run-state.js';
import { loadSession } from './load-session.js';
import type { ResolvedRunConfig, RunOptions } from './run-config.js';

/** What {@link withSession} needs. @internal */
export interface WithSessionOptions {
  /** The run's options: its `session`, and the session settings that override the runner's. */
  options: RunOptions<any>;
  config: ResolvedRunConfig;
  state: RunState<any, any>;
  /** A resumed run continues its state's conversation: it loads no history. */
  resuming: boolean;
  /** The run's signal: aborting it while the run waits for the session takes the run out of the queue. */
  signal: AbortSignal;
}

/**
 * Runs `body` holding the session's lock, from loading the history to the loop's last save; the lock is given back
 * however the run ends (an error, an abort). Without a session, just runs `body` and hands on its promise: no lock,
 * no reads, no cost.
 * @internal
 */
export function withSession<T>(
  options: WithSessionOptions,
  body: (hold: SessionHold | undefined) => Promise<T>,
): Promise<T> {
  const { session } = options.options;
  if (!session) return body(undefined);
  return inSession(options, session, body);
}

async function inSession<T>(
  options: WithSessionOptions,
  session: NonNullable<RunOptions<any>['session']>,
  body: (hold: SessionHold | undefined) => Promise<T>,
): Promise<T> {
  const { options: run, config } = options;
  const hold = await holdSession(session, options.signal);
  try {
    if (!options.resuming)
      await loadSession(options.state, hold, {
        sessionInputCallback:
          run.sessionInputCallback ?? config.sessionInputCallback,
        limit: (run.sessionSettings ?? config.sessionSettings)?.limit,
      });
    return await body(hold);
  } finally {
    // The run's outcome stands (its items may be saved already); a lock that will not let go expires in the store.
    await hold
      .release()
      .catch((error: unknown) =>
        getLogger('baton:session').warn(
          `Could not release the session's lock after the run: ${String(error)}`,
        ),
      );
  }
}
