import { UserError } from '@baton/core';

/**
 * A session store was used without the driver it needs: `node:sqlite` or `better-sqlite3` for `SQLiteSession`,
 * `redis` for `RedisSession`. The message names what to install (or which Node version to run).
 */
export class SessionDriverMissingError extends UserError {}
