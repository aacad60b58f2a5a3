import { mkdir, open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunStateLedger } from '@baton/agents';

/**
 * A {@link RunStateLedger} in a folder, so that the processes of one machine share it: a resumed state's
 * decisions are used once, even when the saved file is resumed again by another process.
 *
 * Each claim creates one empty file, `<folder>/<stateId>/<sequence>`, with `open(path, 'wx')`: the file system
 * creates it only if it does not exist, atomically, so of two processes claiming the same state at once exactly one
 * succeeds and the other gets `EEXIST`. That alone refuses the same sequence twice. "The highest sequence consumed"
 * also refuses an older sequence once a later one was claimed; a later state can come from a resume that did not go
 * through a restore (and so claimed nothing for its own sequence), so after creating its file a claim also looks
 * for a later sequence of the run and fails if there is one. Two claims racing on different sequences can then both
 * succeed only when the older one looked first, which is what the highest-sequence rule gives when the older one
 * comes first.
 *
 * On a database, one row per run and one conditional update do the same (see docs/human-in-the-loop.md).
 */
export class FileRunStateLedger implements RunStateLedger {
  readonly #folder: string;

  /** Keeps the claims under `folder`, created when needed. */
  constructor(folder: string) {
    this.#folder = folder;
  }

  async claim(stateId: string, sequence: number): Promise<boolean> {
    // The state is signed, so its id is one Baton made; still, never let it name a path outside the folder.
    if (!/^[\w-]+$/.test(stateId) || !Number.isSafeInteger(sequence))
      return false;
    const run = join(this.#folder, stateId);
    await mkdir(run, { recursive: true });
    try {
      const file = await open(join(run, String(sequence)), 'wx');
      await file.close();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
    const claimed = await readdir(run);
    return !claimed.some((name) => Number(name) > sequence);
  }
}
