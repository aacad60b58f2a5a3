import type { Agent } from '../agent/agent.js';
import { UserError } from '../errors/errors.js';
import type { HandoffInputFilter } from '../handoffs/handoff.js';
import type { FunctionCallItem } from '../items/items.js';
import {
  RunHandoffOutputItem,
  RunToolCallOutputItem,
} from '../items/run-item.js';
import type { RunState } from '../state/run-state.js';
import type { EventSink } from '../streaming/event-sink.js';
import { applyChange } from './apply-change.js';
import type { RunHooks } from '../lifecycle/hooks.js';
import { hooksListen, notifyHooks } from './notify-hooks.js';
import type { PendingHandoff } from './classify-output.js';
import type { NextStep } from './next-step.js';

/**
 * Carries out the first handoff of a response: checks its arguments, calls `onHandoff`, records the handoff,
 * applies the input filter and puts the target agent in charge. Further handoffs of the same response are
 * answered with an error output. Arguments that fail `inputType` go back to the model and no switch happens.
 * @internal
 */
export async function executeHandoff(options: {
  step: Extract<NextStep, { type: 'handoff' }>;
  extraCalls: PendingHandoff[];
  state: RunState<any, any>;
  sink: EventSink;
  /** The runner's `handoffInputFilter`, used when the handoff has none of its own. */
  defaultInputFilter?: HandoffInputFilter;
  hooks?: RunHooks<any>;
}): Promise<void> {
  const { step, state, sink } = options;
  const { handoff, call, from } = step;
  const parsed = await parseHandoffArguments(handoff, call.arguments);
  const answer = (extra: FunctionCallItem, text: string) =>
    applyChange(state, sink, {
      type: 'items_added',
      items: [errorOutput(extra, text, from)],
    });
  for (const extra of options.extraCalls) {
    answer(
      extra.call,
      parsed.ok
        ? `Only one handoff can happen per response; ${handoff.toolName} was taken and this one ignored.`
        : `Only one handoff can happen per response, and this one was not made. Call it again on its own if it is still needed.`,
    );
  }
  if (!parsed.ok) {
    answer(
      call,
      `Handoff "${handoff.toolName}" was not made: ${parsed.message}`,
    );
    return;
  }
  const inputFilter = handoff.inputFilter ?? options.defaultInputFilter;
  if (inputFilter && state.serverManaged) {
    throw new UserError(
      `Handoff "${handoff.toolName}" has an input filter, but the run continues a stored conversation ` +
        '(previousResponseId or conversationId): the server already holds the history, so a filter cannot hide ' +
        'any of it. Remove the input filter, or run without them and send the history yourself.',
      { state },
    );
  }
  await handoff.onHandoff?.(state.context, parsed.value);

  const target: Agent<any, any> = handoff.agent;
  const rawItem = {
    type: 'function_call_output' as const,
    call_id: call.call_id,
    output: JSON.stringify({ assistant: target.name }),
  };
  applyChange(state, sink, {
    type: 'items_added',
    items: [new RunHandoffOutputItem(rawItem, from, target)],
  });

  if (inputFilter) {
    const filtered = await inputFilter({
      inputHistory: state.originalInput,
      preHandoffItems: state.generatedItems.slice(0, state.turnStartIndex),
      newItems: state.generatedItems.slice(state.turnStartIndex),
      runContext: state.context,
    });
    applyChange(state, sink, {
      type: 'conversation_rewritten',
      input: filtered.inputHistory,
      items: [...filtered.preHandoffItems, ...filtered.newItems],
    });
  }
  applyChange(state, sink, { type: 'agent_switched', agent: target });
  if (hooksListen(options.hooks, from))
    notifyHooks(options.hooks, state.context, {
      type: 'agent_handoff',
      from,
      to: target,
    });
}

async function parseHandoffArguments(
  handoff: PendingHandoff['handoff'],
  text: string,
): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  const schema = handoff.inputSchema;
  if (!schema) return { ok: true, value: undefined };
  try {
    return await schema.parse(text.trim() === '' ? {} : JSON.parse(text));
  } catch (error) {
    return {
      ok: false,
      message: `its arguments are not valid JSON (${(error as Error).message})`,
    };
  }
}

function errorOutput(
  call: FunctionCallItem,
  text: string,
  agent: Agent<any, any>,
): RunToolCallOutputItem {
  return new RunToolCallOutputItem(
    { type: 'function_call_output', call_id: call.call_id, output: text },
    agent,
    text,
  );
}
