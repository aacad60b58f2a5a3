// Imports the umbrella in a fresh process and reports which session drivers are loaded, before and after a
// SQLiteSession is first used and after `redis` is imported (the checks' own controls).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const DRIVER_PATH = /[\\/]node_modules[\\/](better-sqlite3|redis|@redis)[\\/]/;

function loaded() {
  const packages = new Set(
    Object.keys(require.cache)
      .map((file) => DRIVER_PATH.exec(file)?.[1])
      .filter(Boolean),
  );
  // Built-ins never enter require.cache; Node lists the ones it has loaded here.
  if (process.moduleLoadList.some((entry) => /\bsqlite\b/.test(entry)))
    packages.add('node:sqlite');
  return [...packages].sort();
}

const agents = await import('@baton/agents');
const afterImport = loaded();
const session = new agents.SQLiteSession({ path: ':memory:' });
await session.getItems();
await session.close();
const afterSqlite = loaded();
await import('redis');
const afterRedis = loaded();
process.stdout.write(
  JSON.stringify({
    afterImport,
    afterSqlite,
    afterRedis,
    driver: session.driver,
  }),
);
