/**
 * `@openai/agents` 0.20 needs openai 7, which needs Node 22 or later, and all three implementations must be
 * measured on the same Node in the same invocation: on an older Node the benchmark runs itself again on Node 24.
 */
import { spawnSync } from 'node:child_process';

const MINIMUM_MAJOR = 22;
const GUARD = 'BATON_BENCH_REEXECUTED';
const INVOKED_IN = 'BATON_BENCH_CWD';

/**
 * Returns when this Node is recent enough. Otherwise runs `script` with the same arguments on Node 24 (through
 * `npx -p node@24`) and exits with its status.
 */
export function ensureRecentNode(script) {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= MINIMUM_MAJOR) return;
  if (process.env[GUARD]) {
    throw new Error(
      `Still on Node ${process.version} after re-running on Node 24; install Node ${MINIMUM_MAJOR}+.`,
    );
  }
  console.error(
    `bench: Node ${process.version} is older than ${MINIMUM_MAJOR}; running again on Node 24 (npx -p node@24)`,
  );
  // npx runs in the package's directory: the script goes by absolute path, and the caller's directory is passed
  // on so that relative paths on the command line keep their meaning.
  const child = spawnSync(
    'npx',
    ['-y', '-p', 'node@24', 'node', script, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: { ...process.env, [GUARD]: '1', [INVOKED_IN]: process.cwd() },
    },
  );
  if (child.error) throw child.error;
  process.exit(child.status ?? 1);
}

/** The directory the benchmark was started from, even after it re-ran itself through npx. */
export function invocationDirectory() {
  return process.env[INVOKED_IN] ?? process.cwd();
}
