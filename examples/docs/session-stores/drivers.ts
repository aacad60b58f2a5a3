import { SessionDriverMissingError, SQLiteSession } from '@baton/agents';

// node:sqlite where this Node has it (22.13+, 24), else better-sqlite3 — or name one.
const session = new SQLiteSession({
  path: '.baton/sessions.db',
  sessionId: 'user-42',
  driver: 'better-sqlite3',
  busyTimeoutMs: 10_000, // how long a write waits for another process's
});

try {
  await session.getItems();
  console.log(`SQLite through ${session.driver}`);
} catch (error) {
  // The driver is imported on first use; without one, the message says what to install.
  if (SessionDriverMissingError.isInstance(error)) console.error(error.message);
  else throw error;
} finally {
  await session.close();
}
