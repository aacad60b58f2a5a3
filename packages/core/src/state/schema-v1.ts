import type { UsageData } from '../context/usage.js';
import type { RunItem } from '../items/run-item.js';
import { checkJsonSchema } from '../tools/json-schema-check.js';

/** An agent, by name; restored through the agent graph of the agent given to `fromString`. */
export interface AgentReferenceJson {
  name: string;
}

/** A run item in a version 1 state: its type, its wire item, its agent, and the extra fields of some kinds. */
export interface RunItemJsonV1 {
  type: RunItem['type'];
  rawItem: Record<string, unknown>;
  agent: AgentReferenceJson;
  /** `tool_call_output_item`: what the tool returned (left out when `undefined`). */
  output?: unknown;
  /** `handoff_output_item`: the agent that handed off. */
  sourceAgent?: AgentReferenceJson;
  /** `handoff_output_item`: the agent that took over. */
  targetAgent?: AgentReferenceJson;
  /** `tool_approval_item`: the tool that asks for approval, when it was given. */
  toolName?: string;
}

/** A model response in a version 1 state. */
export interface ModelResponseJsonV1 {
  output: Array<Record<string, unknown>>;
  usage: UsageData;
  responseId?: string;
  providerData?: Record<string, unknown>;
}

/** Version 1 of the run state's JSON form. docs/run-state.md describes each field. */
export interface RunStateJsonV1 {
  $schemaVersion: 1;
  stateId: string;
  sequence: number;
  originalInput: string | Array<Record<string, unknown>>;
  currentAgent: AgentReferenceJson;
  currentTurn: number;
  maxTurns: number;
  generatedItems: RunItemJsonV1[];
  modelResponses: ModelResponseJsonV1[];
  /** Left out while the run has no final output. */
  finalOutput?: unknown;
  interruptions: RunItemJsonV1[];
  context: {
    usage: Required<
      Omit<
        UsageData,
        'inputTokensDetails' | 'outputTokensDetails' | 'requestUsageEntries'
      >
    > &
      Pick<
        UsageData,
        'inputTokensDetails' | 'outputTokensDetails' | 'requestUsageEntries'
      >;
    /** The caller's `context.context`; left out when written with `includeContext: false`. */
    context?: unknown;
  };
  previousResponseId?: string;
  serverItemIndex: number;
  serverHasInput: boolean;
  turnStartIndex: number;
  agentsThatUsedTools: string[];
  /** Whether the current agent's start was announced to lifecycle hooks. Default true. */
  currentAgentStarted?: boolean;
  /** What the input guardrails said once they passed. Default none. */
  inputGuardrailResults?: Array<Record<string, unknown>>;
  /** What the output guardrails said about the final output, with the checking agent by name. Default none. */
  outputGuardrailResults?: Array<{
    guardrail: Record<string, unknown>;
    agent: AgentReferenceJson;
    agentOutput?: unknown;
    output: Record<string, unknown>;
  }>;
  /** What tool input and output guardrails said, call by call. Default none. */
  toolInputGuardrailResults?: Array<Record<string, unknown>>;
  toolOutputGuardrailResults?: Array<Record<string, unknown>>;
  signature?: { algorithm: 'HMAC-SHA256'; value: string };
}

const count = { type: 'integer' };
const agentReference = {
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string' } },
  additionalProperties: false,
};
const wireItem = { type: 'object' };
const tokenDetails = {
  type: 'object',
  additionalProperties: { type: 'number' },
};
const requestUsageEntry = {
  type: 'object',
  required: ['inputTokens', 'outputTokens', 'totalTokens'],
  properties: {
    inputTokens: { type: 'number' },
    outputTokens: { type: 'number' },
    totalTokens: { type: 'number' },
    inputTokensDetails: tokenDetails,
    outputTokensDetails: tokenDetails,
    endpoint: { type: 'string' },
    agentName: { type: 'string' },
    model: { type: 'string' },
  },
  additionalProperties: false,
};
const RUN_ITEM_TYPES: Array<RunItem['type']> = [
  'message_output_item',
  'tool_call_item',
  'tool_call_output_item',
  'reasoning_item',
  'handoff_call_item',
  'handoff_output_item',
  'tool_approval_item',
  'unknown_item',
];
const runItem = {
  type: 'object',
  required: ['type', 'rawItem', 'agent'],
  properties: {
    type: { enum: RUN_ITEM_TYPES },
    rawItem: wireItem,
    agent: agentReference,
    output: {},
    sourceAgent: agentReference,
    targetAgent: agentReference,
    toolName: { type: 'string' },
  },
  additionalProperties: false,
};

/** @internal The JSON schema of a version 1 state (checked only by `fromString`). */
export const runStateSchemaV1 = {
  type: 'object',
  required: [
    '$schemaVersion',
    'stateId',
    'sequence',
    'originalInput',
    'currentAgent',
    'currentTurn',
    'maxTurns',
    'generatedItems',
    'modelResponses',
    'interruptions',
    'context',
    'serverItemIndex',
    'serverHasInput',
    'turnStartIndex',
    'agentsThatUsedTools',
  ],
  properties: {
    $schemaVersion: { const: 1 },
    stateId: { type: 'string' },
    sequence: count,
    originalInput: {
      anyOf: [{ type: 'string' }, { type: 'array', items: wireItem }],
    },
    currentAgent: agentReference,
    currentTurn: count,
    maxTurns: count,
    generatedItems: { type: 'array', items: runItem },
    modelResponses: {
      type: 'array',
      items: {
        type: 'object',
        required: ['output', 'usage'],
        properties: {
          output: { type: 'array', items: wireItem },
          usage: {
            type: 'object',
            required: ['inputTokens', 'outputTokens', 'totalTokens'],
            properties: {
              requests: { type: 'number' },
              inputTokens: { type: 'number' },
              outputTokens: { type: 'number' },
              totalTokens: { type: 'number' },
              inputTokensDetails: tokenDetails,
              outputTokensDetails: tokenDetails,
            },
          },
          responseId: { type: 'string' },
          providerData: { type: 'object' },
        },
        additionalProperties: false,
      },
    },
    finalOutput: {},
    interruptions: { type: 'array', items: runItem },
    context: {
      type: 'object',
      required: ['usage'],
      properties: {
        usage: {
          type: 'object',
          required: ['requests', 'inputTokens', 'outputTokens', 'totalTokens'],
          properties: {
            requests: count,
            inputTokens: { type: 'number' },
            outputTokens: { type: 'number' },
            totalTokens: { type: 'number' },
            inputTokensDetails: tokenDetails,
            outputTokensDetails: tokenDetails,
            // Added after version 2 was released: optional, so earlier states still validate.
            requestUsageEntries: { type: 'array', items: requestUsageEntry },
          },
          additionalProperties: false,
        },
        context: {},
      },
      additionalProperties: false,
    },
    previousResponseId: { type: 'string' },
    serverItemIndex: count,
    serverHasInput: { type: 'boolean' },
    turnStartIndex: count,
    agentsThatUsedTools: { type: 'array', items: { type: 'string' } },
    currentAgentStarted: { type: 'boolean' },
    inputGuardrailResults: {
      type: 'array',
      items: {
        type: 'object',
        required: ['guardrail', 'output'],
        properties: {
          guardrail: { type: 'object' },
          output: { type: 'object' },
        },
      },
    },
    outputGuardrailResults: {
      type: 'array',
      items: {
        type: 'object',
        required: ['guardrail', 'agent', 'output'],
        properties: {
          guardrail: { type: 'object' },
          agent: agentReference,
          agentOutput: {},
          output: { type: 'object' },
        },
      },
    },
    toolInputGuardrailResults: { type: 'array', items: { type: 'object' } },
    toolOutputGuardrailResults: { type: 'array', items: { type: 'object' } },
    signature: {
      type: 'object',
      required: ['algorithm', 'value'],
      properties: {
        algorithm: { const: 'HMAC-SHA256' },
        value: { type: 'string' },
      },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
} as const;

/**
 * What is wrong with a version 1 state, each entry starting with its JSON path; empty when it is sound. Beyond the
 * shape: counts are not negative, indexes stay inside `generatedItems`, and each item kind has its own fields.
 * @internal
 */
export function checkRunStateV1(document: unknown): string[] {
  const issues = checkJsonSchema(runStateSchemaV1, document);
  if (issues.length > 0) return issues;
  return checkStateFields(document as RunStateJsonV1);
}

/** The checks beyond the schema, which later versions share. @internal */
export function checkStateFields(
  state: Omit<RunStateJsonV1, '$schemaVersion'>,
): string[] {
  const issues: string[] = [];
  for (const field of ['sequence', 'currentTurn', 'maxTurns'] as const) {
    if (state[field] < 0) issues.push(`$.${field}: must not be negative`);
  }
  for (const field of ['serverItemIndex', 'turnStartIndex'] as const) {
    if (state[field] < 0 || state[field] > state.generatedItems.length)
      issues.push(
        `$.${field}: must be between 0 and the number of generated items (${state.generatedItems.length})`,
      );
  }
  state.generatedItems.forEach((item, index) =>
    issues.push(...checkItemFields(item, `$.generatedItems[${index}]`)),
  );
  state.interruptions.forEach((item, index) => {
    const path = `$.interruptions[${index}]`;
    if (item.type !== 'tool_approval_item')
      issues.push(`${path}.type: must be "tool_approval_item"`);
    issues.push(...checkItemFields(item, path));
  });
  return issues;
}

function checkItemFields(item: RunItemJsonV1, path: string): string[] {
  const issues: string[] = [];
  const handoffOutput = item.type === 'handoff_output_item';
  for (const field of ['sourceAgent', 'targetAgent'] as const) {
    if (handoffOutput && item[field] === undefined)
      issues.push(`${path}.${field}: required for a handoff_output_item`);
    if (!handoffOutput && item[field] !== undefined)
      issues.push(`${path}.${field}: only a handoff_output_item has it`);
  }
  if (item.type !== 'tool_call_output_item' && 'output' in item)
    issues.push(`${path}.output: only a tool_call_output_item has it`);
  if (item.type !== 'tool_approval_item' && item.toolName !== undefined)
    issues.push(`${path}.toolName: only a tool_approval_item has it`);
  return issues;
}
