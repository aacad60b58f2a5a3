/**
 * `@baton/sessions`: conversation history that outlives a process. `SQLiteSession` keeps it in one embedded file
 * (`node:sqlite`, or `better-sqlite3` on Node versions without it); `RedisSession` keeps it in Redis, shared by every
 * instance of a service, with a fenced write lock. Drivers are optional peer dependencies, imported when a store
 * is first used.
 *
 * Every symbol is documented where it is defined.
 * @see docs/session-stores.md in the Baton repository
 * @module
 */
export {
  DEFAULT_SQLITE_SESSION_PATH,
  SQLiteSession,
  type SQLiteSessionOptions,
} from './sqlite/sqlite-session.js';
export type { SQLiteDriverName } from './sqlite/load-sqlite-driver.js';
export type {
  SQLiteLockOptions,
  SQLiteSessionLease,
} from './sqlite/sqlite-lease.js';
export {
  DEFAULT_REDIS_KEY_PREFIX,
  RedisSession,
  type RedisSessionOptions,
} from './redis/redis-session.js';
export type {
  RedisLockOptions,
  RedisSessionLease,
} from './redis/redis-lease.js';
export type { RedisSessionClient } from './redis/redis-session-client.js';
export { SessionDriverMissingError } from './errors/session-driver-missing-error.js';
export { SessionBusyError } from './errors/session-busy-error.js';
export { SessionLockLostError } from './errors/session-lock-lost-error.js';
