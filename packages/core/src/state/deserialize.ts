import type { Agent } from '../agent/agent.js';
import { RunContext } from '../context/run-context.js';
import { Usage } from '../context/usage.js';
import {
  InvalidRunStateError,
  RunStateError,
} from '../errors/run-state-errors.js';
import type { AgentInputItem } from '../items/items.js';
import type { RunItem, RunToolApprovalItem } from '../items/run-item.js';
import type { ModelResponse } from '../model/model.js';
import { AgentGraph } from './agent-graph.js';
import { canonicalJson } from './canonical-json.js';
import { migrateRunState, readVersion } from './migrate.js';
import { restoreRunItem } from './restore-run-item.js';
import type { RunState, RunStateInit } from './run-state.js';
import type { RunItemJsonV1 } from './schema-v1.js';
import type { CurrentRunStateJson } from './migrate.js';
import type { RunStateLedger } from './run-state-ledger.js';
import { verifyDocument, type RunStateSecret } from './sign.js';

/** Options of `RunState.fromString`. */
export interface RunStateRestoreOptions<TContext = unknown> {
  /**
   * Require a valid signature made with this key: an edited state, an unsigned one, or one signed with another
   * key is rejected with `RunStateSignatureError`. Without it, signatures are not checked at all.
   */
  secret?: RunStateSecret;
  /**
   * The caller's context for the restored run, used instead of the one in the state (a `RunContext` gives its
   * `context`; usage always comes from the state). Required when the state was written with `includeContext: false`.
   */
  context?: TContext | RunContext<TContext>;
  /**
   * With `secret`: where resumes are recorded, so that resuming this state claims its `sequence` and a second
   * resume of it (or of an older state of the same run) fails with `RunStateReplayError`. Default: the runner's
   * `runStateLedger`, else a ledger in this process's memory; give one shared by every process that resumes states.
   */
  ledger?: RunStateLedger;
  /** @internal The live context to run the restored state with, as it is (a nested run shares its caller's). */
  runContext?: RunContext<TContext>;
}

/**
 * Parses, checks (signature first, when a secret is given), lifts to the current version and rebuilds a run
 * state; `create` makes the `RunState` so this file needs no runtime import of it.
 * @internal
 */
export function restoreRunState<TContext>(
  text: string,
  options: RunStateRestoreOptions<TContext> & {
    agent: Agent<any, any>;
    create: (init: RunStateInit<TContext>) => RunState<TContext, any>;
  },
): RunState<TContext, any> {
  const parsed = parse(text);
  readVersion(parsed);
  if (options.secret !== undefined) verifyDocument(parsed, options.secret);
  const document = migrateRunState(parsed) as unknown as CurrentRunStateJson;
  const graph = new AgentGraph(options.agent);
  const state = options.create({
    context:
      options.runContext ??
      new RunContext<TContext>(
        restoredContext(document, options),
        new Usage(document.context.usage),
        document.approvals,
      ),
    input: document.originalInput as string | AgentInputItem[],
    agent: graph.resolve(document.currentAgent.name),
    maxTurns: document.maxTurns,
    previousResponseId: document.previousResponseId,
    conversationId: document.conversationId,
    stateId: document.stateId,
  });
  state.originalInput = document.originalInput as string | AgentInputItem[];
  state.sequence = document.sequence;
  // Only a signed state's sequence can be trusted; an unsigned one could be edited past any record.
  if (options.secret !== undefined) {
    state.claimOnResume = true;
    state.replayLedger = options.ledger;
  }
  state.currentTurn = document.currentTurn;
  state.generatedItems = document.generatedItems.map((item) =>
    restoreRunItem(item, graph),
  );
  state.interruptions = restoreInterruptions(document, state, graph);
  state.modelResponses = document.modelResponses as unknown as ModelResponse[];
  if ('finalOutput' in document) state.finalOutput = document.finalOutput;
  state.serverItemIndex = document.serverItemIndex;
  state.serverHasInput = document.serverHasInput;
  state.sessionInput = document.sessionInput as AgentInputItem[] | undefined;
  state.sessionItemCount = document.sessionItemCount ?? 0;
  state.turnStartIndex = document.turnStartIndex;
  for (const name of document.agentsThatUsedTools)
    state.agentsThatUsedTools.add(name);
  state.currentAgentStarted = document.currentAgentStarted ?? true;
  for (const [callId, nested] of Object.entries(
    document.pendingAgentToolRuns ?? {},
  ))
    state.pendingAgentToolRuns.set(callId, nested);
  state.inputGuardrailResults = (document.inputGuardrailResults ??
    []) as unknown as RunState['inputGuardrailResults'];
  state.toolInputGuardrailResults = (document.toolInputGuardrailResults ??
    []) as unknown as RunState['toolInputGuardrailResults'];
  state.toolOutputGuardrailResults = (document.toolOutputGuardrailResults ??
    []) as unknown as RunState['toolOutputGuardrailResults'];
  state.outputGuardrailResults = (document.outputGuardrailResults ?? []).map(
    (result) =>
      ({
        ...result,
        agent: graph.resolve(result.agent.name),
      }) as unknown as RunState['outputGuardrailResults'][number],
  );
  return state;
}

function parse(text: string): Record<string, unknown> {
  if (typeof text !== 'string')
    throw new InvalidRunStateError(
      `RunState.fromString expects the string \`state.toString()\` returned, got ${text === null ? 'null' : typeof text}.`,
    );
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InvalidRunStateError(
      `The run state is not JSON (${(error as Error).message}). Pass the exact text \`state.toString()\` returned.`,
      { cause: error },
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InvalidRunStateError(
      'The run state is JSON but not an object: it is not a state written by `RunState#toString()`.',
      { issues: ['$: expected object'] },
    );
  return value as Record<string, unknown>;
}

function restoredContext<TContext>(
  document: CurrentRunStateJson,
  options: RunStateRestoreOptions<TContext>,
): TContext {
  // The SDK's fromStringWithContext takes a RunContext: take the caller's object out of it.
  if (options.context instanceof RunContext)
    return options.context.context as TContext;
  if (options.context !== undefined) return options.context;
  if ('context' in document.context)
    return document.context.context as TContext;
  throw new RunStateError(
    'The run state was written without its context (`includeContext: false`). Give it back: ' +
      '`RunState.fromString(agent, text, { context })`.',
  );
}

// An interruption that is also a generated item comes back as the same object, as it was in the live state.
function restoreInterruptions(
  document: CurrentRunStateJson,
  state: RunState<any, any>,
  graph: AgentGraph,
): RunToolApprovalItem[] {
  const generated = new Map<string, RunItem>();
  document.generatedItems.forEach((json, index) => {
    if (json.type === 'tool_approval_item')
      generated.set(canonicalJson(json), state.generatedItems[index]!);
  });
  return document.interruptions.map(
    (json: RunItemJsonV1) =>
      (generated.get(canonicalJson(json)) ??
        restoreRunItem(json, graph)) as RunToolApprovalItem,
  );
}
