import { BatonError } from '@baton/core';

/**
 * A session store stayed locked by other writers for longer than the session was told to wait (`busyTimeoutMs` of
 * `SQLiteSession`). Nothing was written; the call can be retried, or the wait made longer.
 */
export class SessionBusyError extends BatonError {}
