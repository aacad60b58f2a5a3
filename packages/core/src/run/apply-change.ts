import type { Agent } from '../agent/agent.js';
import type { InputGuardrailResult } from '../guardrails/input-guardrail.js';
import type { OutputGuardrailResult } from '../guardrails/output-guardrail.js';
import type { ToolGuardrailResult } from '../guardrails/tool-guardrail.js';
import type { AgentInputItem } from '../items/items.js';
import type { RunItem, RunToolApprovalItem } from '../items/run-item.js';
import type { ModelResponse } from '../model/model.js';
import {
  canonicalInput,
  sentItems,
  type RunState,
} from '../state/run-state.js';
import type { EventSink } from '../streaming/event-sink.js';
import type { ToolCallRef } from './execute-tools.js';
import type { RunItemStreamEventName } from '../streaming/events.js';

/** Something a step did to the run. Steps describe changes; {@link applyChange} makes them. @internal */
export type StateChange =
  | { type: 'turn_started' }
  | {
      type: 'model_responded';
      response: ModelResponse;
      /** The response's output, as run items. */
      items: readonly RunItem[];
      /** The name of the model that answered, recorded on the request's usage entry. */
      model?: string;
    }
  | { type: 'items_added'; items: readonly RunItem[] }
  | { type: 'agent_started' }
  | { type: 'agent_switched'; agent: Agent<any, any> }
  | {
      type: 'conversation_rewritten';
      input: string | AgentInputItem[];
      items: RunItem[];
    }
  | { type: 'tools_used'; agent: Agent<any, any> }
  | { type: 'input_guardrails_passed'; results: InputGuardrailResult[] }
  | { type: 'output_guardrails_passed'; results: OutputGuardrailResult[] }
  | { type: 'tool_guardrails_ran'; results: ToolGuardrailResult[] }
  | { type: 'finished'; output: unknown }
  | {
      type: 'interrupted';
      interruptions: RunToolApprovalItem[];
      /** Those of `interruptions` that nested runs wait for: they are not this run's items. */
      nested?: readonly RunToolApprovalItem[];
    }
  | {
      type: 'nested_runs_changed';
      /** By call id: a nested run that now waits, or `undefined` for one that is done. */
      runs: ReadonlyMap<string, RunState<any, any> | undefined>;
    }
  | { type: 'resumed'; maxTurns?: number }
  | {
      type: 'session_loaded';
      /** What the first turn sends: the history merged with the new input. */
      input: AgentInputItem[];
      /** The run's own part of it, to be added to the session. */
      sessionInput: AgentInputItem[];
    }
  | {
      type: 'session_saved';
      /** How many generated items (approval items aside) the session holds now. */
      itemCount: number;
    }
  | { type: 'decisions_used'; calls: readonly ToolCallRef[] };

const EVENT_NAMES: Record<RunItem['type'], RunItemStreamEventName> = {
  message_output_item: 'message_output_created',
  tool_call_item: 'tool_called',
  tool_call_output_item: 'tool_output',
  reasoning_item: 'reasoning_item_created',
  handoff_call_item: 'handoff_requested',
  handoff_output_item: 'handoff_occurred',
  tool_approval_item: 'tool_approval_requested',
  unknown_item: 'unknown_item_created',
};

/**
 * The one place that writes to a `RunState`, and announces each change on the stream. Keeping every write here
 * is what lets a run stop after any step and be continued from its state.
 * @internal
 */
export function applyChange(
  state: RunState<any, any>,
  sink: EventSink,
  change: StateChange,
): void {
  switch (change.type) {
    case 'turn_started':
      state.currentTurn += 1;
      state.turnStartIndex = state.generatedItems.length;
      return;
    case 'model_responded': {
      state.modelResponses.push(change.response);
      state.context.usage.add(change.response.usage, {
        agentName: state.currentAgent.name,
        model: change.model,
      });
      addItems(state, sink, change.items);
      // Chained runs send only what the server lacks: everything up to here is stored with this response.
      if (state.serverManaged && change.response.responseId) {
        if (state.conversationId === undefined)
          state.previousResponseId = change.response.responseId;
        state.serverItemIndex = state.generatedItems.length;
        state.serverHasInput = true;
      }
      return;
    }
    case 'items_added':
      addItems(state, sink, change.items);
      return;
    case 'agent_started':
      state.currentAgentStarted = true;
      return;
    case 'agent_switched':
      state.currentAgent = change.agent;
      state.currentAgentStarted = false;
      if (sink.active)
        sink.emit({ type: 'agent_updated_stream_event', agent: change.agent });
      return;
    case 'conversation_rewritten':
      state.originalInput = canonicalInput(change.input);
      if (state.sessionItemCount > 0)
        state.sessionItemCount = savedPrefix(state, change.items);
      state.generatedItems = change.items;
      return;
    case 'tools_used':
      state.agentsThatUsedTools.add(change.agent.name);
      return;
    case 'input_guardrails_passed':
      state.inputGuardrailResults = change.results;
      return;
    case 'output_guardrails_passed':
      state.outputGuardrailResults = change.results;
      return;
    case 'tool_guardrails_ran':
      for (const result of change.results)
        (result.guardrail.type === 'tool_input'
          ? state.toolInputGuardrailResults
          : state.toolOutputGuardrailResults
        ).push(result);
      return;
    case 'finished':
      state.finalOutput = change.output;
      return;
    case 'interrupted':
      // The approval items are run items too, after the outputs of the calls that did run.
      interrupt(state, sink, change);
      return;
    case 'nested_runs_changed':
      for (const [callId, nested] of change.runs)
        if (nested) state.pendingAgentToolRuns.set(callId, nested);
        else state.pendingAgentToolRuns.delete(callId);
      return;
    case 'resumed':
      resume(state, change.maxTurns);
      return;
    case 'session_loaded':
      state.originalInput = change.input;
      state.sessionInput = change.sessionInput;
      return;
    case 'session_saved':
      state.sessionInput = [];
      state.sessionItemCount = change.itemCount;
      return;
    case 'decisions_used':
      // A decision on one call is good for that call once: a later call that reuses its id is asked about again.
      for (const { toolName, callId } of change.calls)
        state.context.forgetDecision(toolName, callId);
      return;
  }
}

// Nested runs' approval items belong to their own runs' items: here they are only what the run waits for.
function interrupt(
  state: RunState<any, any>,
  sink: EventSink,
  change: Extract<StateChange, { type: 'interrupted' }>,
): void {
  const { interruptions, nested } = change;
  addItems(
    state,
    sink,
    nested?.length
      ? interruptions.filter((item) => !nested.includes(item))
      : interruptions,
  );
  state.interruptions = interruptions;
}

function addItems(
  state: RunState<any, any>,
  sink: EventSink,
  items: readonly RunItem[],
): void {
  for (const item of items) {
    state.generatedItems.push(item);
    if (sink.active)
      sink.emit({
        type: 'run_item_stream_event',
        name: EVENT_NAMES[item.type],
        item,
      });
  }
}

/** How many of `items` lead with what the session already holds, once a handoff filter has rewritten the items. */
function savedPrefix(state: RunState<any, any>, items: RunItem[]): number {
  const saved = new Set(
    sentItems(state.generatedItems).slice(0, state.sessionItemCount),
  );
  let count = 0;
  for (const raw of sentItems(items)) {
    if (!saved.has(raw)) break;
    count += 1;
  }
  return count;
}

/**
 * A stopped run picks up again: its decisions are about to be used, so the state counts one more resume (what a
 * replay check compares), the approval items leave the conversation (the calls they stand for are still in it),
 * and a turn that stopped before its model answered is given back, to be run again.
 */
function resume(state: RunState<any, any>, maxTurns: number | undefined): void {
  state.sequence += 1;
  if (maxTurns !== undefined) state.maxTurns = maxTurns;
  state.interruptions = [];
  const kept = state.generatedItems.filter(
    (item) => item.type !== 'tool_approval_item',
  );
  if (kept.length !== state.generatedItems.length) {
    const keptBefore = (index: number) =>
      state.generatedItems
        .slice(0, index)
        .filter((item) => item.type !== 'tool_approval_item').length;
    state.turnStartIndex = keptBefore(state.turnStartIndex);
    state.serverItemIndex = keptBefore(state.serverItemIndex);
    state.generatedItems = kept;
  }
  if (state.currentTurn > state.modelResponses.length)
    state.currentTurn = state.modelResponses.length;
}
