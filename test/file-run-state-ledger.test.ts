import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileRunStateLedger } from '../examples/human-in-the-loop/file-run-state-ledger.js';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'baton-ledger-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe("the human-in-the-loop example's file ledger", () => {
  it('accepts a sequence once, and refuses it the second time', async () => {
    const ledger = new FileRunStateLedger(folder);
    expect(await ledger.claim('run-a', 0)).toBe(true);
    expect(await ledger.claim('run-a', 0)).toBe(false);
    // Another ledger on the same folder (another process) sees the claim.
    expect(await new FileRunStateLedger(folder).claim('run-a', 0)).toBe(false);
  });

  it('accepts later sequences of a run, refuses an older one once a later one was claimed', async () => {
    const ledger = new FileRunStateLedger(folder);
    expect(await ledger.claim('run-a', 0)).toBe(true);
    expect(await ledger.claim('run-a', 2)).toBe(true);
    expect(await ledger.claim('run-a', 1)).toBe(false);
    expect(await ledger.claim('run-b', 1)).toBe(true);
  });

  it('lets exactly one of many simultaneous claims of the same sequence through', async () => {
    const ledgers = Array.from(
      { length: 8 },
      () => new FileRunStateLedger(folder),
    );
    const claims = await Promise.all(
      ledgers.map((ledger) => ledger.claim('run-a', 3)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('refuses a state id that is not a plain id, and writes nothing outside its folder', async () => {
    const ledger = new FileRunStateLedger(join(folder, 'ledger'));
    expect(await ledger.claim('../escape', 0)).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
  });
});
