import { BatonError } from '@baton/core';

/**
 * A run's lease on a conversation's write lock is no longer the newest one: another run took the lock after this
 * lease's lock expired (the process was paused past the lock's time to live, say). The write it refused appended
 * nothing; load the history again before retrying the turn.
 */
export class SessionLockLostError extends BatonError {}
