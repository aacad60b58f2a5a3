import { describe, expect, it } from 'vitest';
import {
  InvalidRunStateError,
  type UnsupportedRunStateVersionError,
} from '../errors/run-state-errors.js';
import { migrateRunState, type RunStateVersion } from './migrate.js';

// A made-up history of three versions: v1 had `turn`, v2 renamed it `currentTurn`, v3 added `tags`.
const versions: Record<number, RunStateVersion> = {
  1: {
    check: (doc) =>
      typeof (doc as { turn?: unknown }).turn === 'number'
        ? []
        : ['$.turn: required'],
    lift: ({ turn, ...rest }) => ({
      ...rest,
      $schemaVersion: 2,
      currentTurn: turn,
    }),
  },
  2: {
    check: (doc) =>
      'currentTurn' in (doc as object) ? [] : ['$.currentTurn: required'],
    lift: (doc) => ({ ...doc, $schemaVersion: 3, tags: [] }),
  },
  3: {
    check: (doc) =>
      Array.isArray((doc as { tags?: unknown }).tags)
        ? []
        : ['$.tags: required'],
  },
};

describe('migrateRunState', () => {
  it('lifts an old document one version at a time to the current one', () => {
    const lifted = migrateRunState({ $schemaVersion: 1, turn: 4 }, versions, 3);
    expect(lifted).toEqual({ $schemaVersion: 3, currentTurn: 4, tags: [] });
  });

  it('checks a document against its own version before lifting it', () => {
    expect(() =>
      migrateRunState({ $schemaVersion: 1, currentTurn: 4 }, versions, 3),
    ).toThrow(InvalidRunStateError);
  });

  it('checks what each lift produced', () => {
    const broken = {
      ...versions,
      2: {
        ...versions[2]!,
        lift: (doc: Record<string, unknown>) => ({ ...doc, $schemaVersion: 3 }),
      },
    };
    expect(() =>
      migrateRunState({ $schemaVersion: 2, currentTurn: 1 }, broken, 3),
    ).toThrow(/version 3 of the format: \$\.tags: required/);
  });

  it('rejects a version newer than the current one, listing the versions it reads', () => {
    let error: UnsupportedRunStateVersionError | undefined;
    try {
      migrateRunState({ $schemaVersion: 4 }, versions, 3);
    } catch (caught) {
      error = caught as UnsupportedRunStateVersionError;
    }
    expect(error?.version).toBe(4);
    expect(error?.supportedVersions).toEqual([1, 2, 3]);
    expect(error?.message).toContain('Upgrade @baton/core');
  });
});
