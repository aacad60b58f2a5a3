import { checkJsonSchema } from '../tools/json-schema-check.js';
import { checkStateFields } from './schema-v1.js';
import { runStateSchemaV2, type RunStateJsonV2 } from './schema-v2.js';

/**
 * Version 3 of the run state's JSON form: version 2 and the nested runs of agent tools that wait for approvals
 * (`pendingAgentToolRuns`, by the call id of the agent tool's call; each a whole state document, written without
 * its context, which it shares with this run). docs/run-state.md describes each field.
 */
export interface RunStateJsonV3 extends Omit<RunStateJsonV2, '$schemaVersion'> {
  $schemaVersion: 3;
  /** Left out when no nested run waits. */
  pendingAgentToolRuns?: Record<string, Record<string, unknown>>;
}

/** @internal The JSON schema of a version 3 state (checked only by `fromString`; nested states when they resume). */
export const runStateSchemaV3 = {
  ...runStateSchemaV2,
  properties: {
    ...runStateSchemaV2.properties,
    $schemaVersion: { const: 3 },
    pendingAgentToolRuns: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['$schemaVersion'],
      },
    },
  },
} as const;

/** What is wrong with a version 3 state, each entry starting with its JSON path; empty when it is sound. @internal */
export function checkRunStateV3(document: unknown): string[] {
  const issues = checkJsonSchema(runStateSchemaV3, document);
  if (issues.length > 0) return issues;
  return checkStateFields(document as RunStateJsonV3);
}

/** Version 2 had no agent tools' nested runs, so a version 2 state has none waiting. @internal */
export function liftV2ToV3(
  document: Record<string, unknown>,
): Record<string, unknown> {
  return { ...document, $schemaVersion: 3 };
}
