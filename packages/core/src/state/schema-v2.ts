import type { ToolApprovalRecord } from '../context/approvals.js';
import { checkJsonSchema } from '../tools/json-schema-check.js';
import {
  checkStateFields,
  runStateSchemaV1,
  type RunStateJsonV1,
} from './schema-v1.js';

/**
 * Version 2 of the run state's JSON form: version 1 and the approval decisions taken on tool calls (`approvals`,
 * by tool name). docs/run-state.md describes each field.
 */
export interface RunStateJsonV2 extends Omit<RunStateJsonV1, '$schemaVersion'> {
  $schemaVersion: 2;
  approvals: Record<string, ToolApprovalRecord>;
  /** The server-side conversation the run adds its items to. Default none. */
  conversationId?: string;
  /** The run's own input not yet in its session. Default: the run never loaded a session. */
  sessionInput?: Array<Record<string, unknown>>;
  /** How many generated items (approval items aside) the run's session holds. Default 0. */
  sessionItemCount?: number;
}

const decisions = {
  anyOf: [{ type: 'boolean' }, { type: 'array', items: { type: 'string' } }],
};

/** @internal The JSON schema of a version 2 state (checked only by `fromString`). */
export const runStateSchemaV2 = {
  ...runStateSchemaV1,
  required: [...runStateSchemaV1.required, 'approvals'],
  properties: {
    ...runStateSchemaV1.properties,
    $schemaVersion: { const: 2 },
    conversationId: { type: 'string' },
    sessionInput: { type: 'array', items: { type: 'object' } },
    sessionItemCount: { type: 'integer' },
    approvals: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['approved', 'rejected'],
        properties: {
          approved: decisions,
          rejected: decisions,
          messages: {
            type: 'object',
            additionalProperties: { type: 'string' },
          },
          stickyRejectMessage: { type: 'string' },
        },
        additionalProperties: false,
      },
    },
  },
} as const;

/** What is wrong with a version 2 state, each entry starting with its JSON path; empty when it is sound. @internal */
export function checkRunStateV2(document: unknown): string[] {
  const issues = checkJsonSchema(runStateSchemaV2, document);
  if (issues.length > 0) return issues;
  const state = document as RunStateJsonV2;
  if ((state.sessionItemCount ?? 0) < 0)
    return ['$.sessionItemCount: must not be negative'];
  return checkStateFields(state);
}

/** Version 1 had no approvals, so a version 1 state has none. @internal */
export function liftV1ToV2(
  document: Record<string, unknown>,
): Record<string, unknown> {
  return { ...document, $schemaVersion: 2, approvals: {} };
}
