import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Where the run state waits between the two commands unless `--state <file>` names another file. */
export const DEFAULT_STATE_FILE = join(
  tmpdir(),
  'baton-human-in-the-loop',
  'run-state.json',
);

/** A key for the example only, used when `RUN_STATE_SECRET` is unset; a real deployment keeps its own secret. */
const EXAMPLE_ONLY_SECRET = 'baton-example-only-secret-not-for-production';

/**
 * The key run states are signed with: `RUN_STATE_SECRET`, or the example's own key with a warning, so the example
 * runs with no setup while saying what a real program must do.
 */
export function runStateSecret(
  env: Record<string, string | undefined>,
  write: (text: string) => void,
): string {
  const secret = env.RUN_STATE_SECRET;
  if (secret) return secret;
  write(
    'Warning: RUN_STATE_SECRET is not set, so run states are signed with a key built into this example. ' +
      'Set it to a long random value of your own in any real use.\n',
  );
  return EXAMPLE_ONLY_SECRET;
}

/** The folder of resume claims beside a state file, shared by every process that resumes states saved there. */
export function ledgerFolderFor(stateFile: string): string {
  return join(dirname(stateFile), 'ledger');
}

/** Writes the signed state, replacing the file in one step so a reader never sees half of it. */
export async function saveRunState(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, text, { mode: 0o600 });
  await rename(partial, path);
}

/** The saved state's text, or `undefined` when nothing was saved there. */
export async function loadRunState(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
