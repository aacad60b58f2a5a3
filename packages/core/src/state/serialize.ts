import { RunStateSerializationError } from '../errors/run-state-errors.js';
import type { RunItem } from '../items/run-item.js';
import type { ModelResponse } from '../model/model.js';
import { findNonJson } from './find-non-json.js';
import { CURRENT_RUN_STATE_VERSION } from './migrate.js';
import type { RunState } from './run-state.js';
import type { ModelResponseJsonV1, RunItemJsonV1 } from './schema-v1.js';
import type { RunStateJsonV3 } from './schema-v3.js';
import { checkSecret, signDocument, type RunStateSecret } from './sign.js';

/** Options of `RunState#toString` and `RunState#toJSON`. */
export interface RunStateSerializeOptions {
  /**
   * Sign the state with HMAC-SHA256 under this key (adds a `signature` field; the key itself is never written).
   * `RunState.fromString(agent, text, { secret })` then rejects the state if anyone edits it.
   */
  secret?: RunStateSecret;
  /**
   * Write the caller's `context.context` (default `true`). Set `false` when it holds what JSON cannot (a database
   * client, say), and give it back with `RunState.fromString(agent, text, { context })`.
   */
  includeContext?: boolean;
}

/**
 * The current version's JSON form of `state`. Every value must be JSON data, so that the restored state has the
 * same fields as this one; the first one that is not ends it with a {@link RunStateSerializationError} naming where.
 * @internal
 */
export function serializeRunState(
  state: RunState<any, any>,
  options: RunStateSerializeOptions = {},
): RunStateJsonV3 {
  if (options.secret !== undefined) checkSecret(options.secret);
  const includeContext = options.includeContext ?? true;
  if (includeContext) checkContext(state, state.context.context);
  const document: RunStateJsonV3 = {
    $schemaVersion: CURRENT_RUN_STATE_VERSION as 3,
    stateId: state.stateId,
    sequence: state.sequence,
    originalInput: state.originalInput as RunStateJsonV3['originalInput'],
    currentAgent: { name: state.currentAgent.name },
    currentTurn: state.currentTurn,
    maxTurns: state.maxTurns,
    generatedItems: state.generatedItems.map(itemJson),
    modelResponses: state.modelResponses.map(responseJson),
    ...(state.finalOutput !== undefined && { finalOutput: state.finalOutput }),
    interruptions: state.interruptions.map(itemJson),
    context: {
      usage: state.usage.toJSON(),
      ...(includeContext &&
        state.context.context !== undefined && {
          context: state.context.context as unknown,
        }),
    },
    ...(state.previousResponseId !== undefined && {
      previousResponseId: state.previousResponseId,
    }),
    ...(state.conversationId !== undefined && {
      conversationId: state.conversationId,
    }),
    ...(state.sessionInput !== undefined && {
      sessionInput: state.sessionInput as Array<Record<string, unknown>>,
    }),
    ...(state.sessionItemCount > 0 && {
      sessionItemCount: state.sessionItemCount,
    }),
    serverItemIndex: state.serverItemIndex,
    serverHasInput: state.serverHasInput,
    turnStartIndex: state.turnStartIndex,
    agentsThatUsedTools: [...state.agentsThatUsedTools],
    approvals: state.context.approvalsJson(),
    ...(state.pendingAgentToolRuns.size > 0 && {
      pendingAgentToolRuns: nestedRunsJson(state),
    }),
    currentAgentStarted: state.currentAgentStarted,
    ...(state.inputGuardrailResults.length > 0 && {
      inputGuardrailResults: state.inputGuardrailResults as unknown as Array<
        Record<string, unknown>
      >,
    }),
    ...(state.toolInputGuardrailResults.length > 0 && {
      toolInputGuardrailResults:
        state.toolInputGuardrailResults as unknown as Array<
          Record<string, unknown>
        >,
    }),
    ...(state.toolOutputGuardrailResults.length > 0 && {
      toolOutputGuardrailResults:
        state.toolOutputGuardrailResults as unknown as Array<
          Record<string, unknown>
        >,
    }),
    ...(state.outputGuardrailResults.length > 0 && {
      outputGuardrailResults: state.outputGuardrailResults.map((result) => ({
        guardrail: { ...result.guardrail },
        agent: { name: result.agent.name },
        agentOutput: result.agentOutput,
        output: { ...result.output },
      })),
    }),
  };
  checkData(state, document);
  return options.secret === undefined
    ? document
    : signDocument(document, options.secret);
}

// A nested run shares this run's context, so it is written without one (and restored with this run's).
function nestedRunsJson(
  state: RunState<any, any>,
): Record<string, Record<string, unknown>> {
  const runs: Record<string, Record<string, unknown>> = {};
  for (const [callId, nested] of state.pendingAgentToolRuns)
    runs[callId] =
      typeof nested.toJSON === 'function'
        ? (serializeRunState(nested as RunState<any, any>, {
            includeContext: false,
          }) as unknown as Record<string, unknown>)
        : (nested as Record<string, unknown>);
  return runs;
}

// Only the fields Baton knows, so a model that returns extra ones (or a `Usage` instance) still round-trips.
function responseJson(response: ModelResponse): ModelResponseJsonV1 {
  const { usage } = response;
  return {
    output: response.output as ModelResponseJsonV1['output'],
    usage: {
      ...(usage.requests !== undefined && { requests: usage.requests }),
      inputTokens: usage.inputTokens,
      outputTokens: usage.outputTokens,
      totalTokens: usage.totalTokens,
      ...(usage.inputTokensDetails && {
        inputTokensDetails: { ...usage.inputTokensDetails },
      }),
      ...(usage.outputTokensDetails && {
        outputTokensDetails: { ...usage.outputTokensDetails },
      }),
    },
    ...(response.responseId !== undefined && {
      responseId: response.responseId,
    }),
    ...(response.providerData !== undefined && {
      providerData: response.providerData,
    }),
  };
}

function itemJson(item: RunItem): RunItemJsonV1 {
  const json = item.toJSON() as RunItemJsonV1;
  if (json.output === undefined) delete json.output;
  return json;
}

function checkContext(state: RunState<any, any>, context: unknown): void {
  const found = findNonJson(context, '$.context.context');
  if (!found) return;
  throw new RunStateSerializationError(
    `The run's context is not JSON data: ${found.path} is ${found.found}. Keep only plain data in \`context\`, ` +
      'or write the state with `toString({ includeContext: false })` and give the context back with ' +
      '`RunState.fromString(agent, text, { context })`.',
    { path: found.path, state },
  );
}

function checkData(state: RunState<any, any>, document: RunStateJsonV3): void {
  const { context: _context, ...rest } = document;
  const found = findNonJson(rest);
  if (!found) return;
  const tool = /^\$\.generatedItems\[\d+\]\.output/.test(found.path)
    ? ' Make the tool return plain data (strings, numbers, arrays, plain objects).'
    : ' Keep only plain data (strings, numbers, arrays, plain objects) there.';
  throw new RunStateSerializationError(
    `The run state cannot be written as JSON: ${found.path} is ${found.found}.${tool}`,
    { path: found.path, state },
  );
}
