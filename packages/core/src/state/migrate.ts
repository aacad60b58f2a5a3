import {
  InvalidRunStateError,
  UnsupportedRunStateVersionError,
} from '../errors/run-state-errors.js';
import { checkRunStateV1 } from './schema-v1.js';
import { checkRunStateV2, liftV1ToV2 } from './schema-v2.js';
import {
  checkRunStateV3,
  liftV2ToV3,
  type RunStateJsonV3,
} from './schema-v3.js';

/** The `$schemaVersion` this Baton writes. */
export const CURRENT_RUN_STATE_VERSION = 3;

/** The state form `run-state.ts` reads: always the current version. @internal */
export type CurrentRunStateJson = RunStateJsonV3;

/** One released version: how to check it, and how to lift it to the next one (absent for the current version). */
export interface RunStateVersion {
  check: (document: unknown) => string[];
  lift?: (document: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * Every released version. A new version N+1 adds `schema-v{N+1}.ts`, an entry here, and a `lift` on entry N that
 * turns an N document into an N+1 one; old states then climb one step at a time, so `run-state.ts` only ever sees
 * the current shape.
 * @internal
 */
export const RUN_STATE_VERSIONS: Readonly<Record<number, RunStateVersion>> = {
  1: { check: checkRunStateV1, lift: liftV1ToV2 },
  2: { check: checkRunStateV2, lift: liftV2ToV3 },
  3: { check: checkRunStateV3 },
};

/**
 * Checks a parsed state against its own version's schema, then lifts it step by step to `current`, checking each
 * step's result too. Throws {@link UnsupportedRunStateVersionError} for a version it does not know and
 * {@link InvalidRunStateError} for a document of the wrong shape.
 * @internal
 */
export function migrateRunState(
  document: Record<string, unknown>,
  versions: Readonly<Record<number, RunStateVersion>> = RUN_STATE_VERSIONS,
  current: number = CURRENT_RUN_STATE_VERSION,
): Record<string, unknown> {
  let version = readVersion(document, versions, current);
  let lifted = document;
  check(lifted, versions[version]!, version);
  while (version < current) {
    const lift = versions[version]!.lift;
    if (!lift)
      throw new UnsupportedRunStateVersionError(
        `Baton cannot lift a run state from version ${version} to ${version + 1}.`,
        { version, supportedVersions: supported(versions, current) },
      );
    lifted = lift(lifted);
    version += 1;
    check(lifted, versions[version]!, version);
  }
  return lifted;
}

/** The document's `$schemaVersion`, once it is known to be one this Baton reads. @internal */
export function readVersion(
  document: Record<string, unknown>,
  versions: Readonly<Record<number, RunStateVersion>> = RUN_STATE_VERSIONS,
  current: number = CURRENT_RUN_STATE_VERSION,
): number {
  const version = document.$schemaVersion;
  const supportedVersions = supported(versions, current);
  if (version === undefined)
    throw new InvalidRunStateError(
      'The run state has no `$schemaVersion`: it is not a state written by `RunState#toString()`.',
      { issues: ['$.$schemaVersion: required'] },
    );
  if (typeof version === 'string')
    throw new UnsupportedRunStateVersionError(
      `The run state has \`$schemaVersion\` "${version}", a string: it looks like an @openai/agents state. ` +
        'Baton reads only states written by Baton; start a new run from the conversation instead.',
      { version, supportedVersions },
    );
  if (typeof version === 'number' && version > current)
    throw new UnsupportedRunStateVersionError(
      `The run state has \`$schemaVersion\` ${version}, newer than this Baton reads (${supportedVersions.join(', ')}). ` +
        'Upgrade @baton/core where the state is restored.',
      { version, supportedVersions },
    );
  if (typeof version !== 'number' || !supportedVersions.includes(version))
    throw new UnsupportedRunStateVersionError(
      `The run state has \`$schemaVersion\` ${JSON.stringify(version)}, which is not a version Baton wrote ` +
        `(this Baton reads ${supportedVersions.join(', ')}).`,
      { version, supportedVersions },
    );
  return version;
}

function supported(
  versions: Readonly<Record<number, RunStateVersion>>,
  current: number,
): number[] {
  return Object.keys(versions)
    .map(Number)
    .filter((version) => version <= current)
    .sort((a, b) => a - b);
}

function check(
  document: unknown,
  version: RunStateVersion,
  number: number,
): void {
  const issues = version.check(document);
  if (issues.length > 0)
    throw new InvalidRunStateError(
      `The run state does not match version ${number} of the format: ${issues.slice(0, 5).join('; ')}` +
        `${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ''}. Pass the exact text \`toString()\` wrote.`,
      { issues },
    );
}
