import type { Agent } from '../agent/agent.js';
import {
  RunHandoffOutputItem,
  RunToolCallOutputItem,
  type RunItem,
} from '../items/run-item.js';
import type { FunctionCallItem } from '../items/items.js';
import type { RunState } from '../state/run-state.js';
import type { EventSink } from '../streaming/event-sink.js';
import type { PendingHandoff } from './classify-output.js';
import type { NextStep } from './next-step.js';
import { recordItems } from './record-items.js';

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
}): Promise<void> {
  const { step, state, sink } = options;
  const { handoff, call, from } = step;
  for (const extra of options.extraCalls) {
    const text = `Only one handoff can happen per response; ${handoff.toolName} was taken and this one ignored.`;
    push(state, sink, errorOutput(extra.call, text, from));
  }

  let input: unknown = undefined;
  if (handoff.inputSchema) {
    const parsed = await parseHandoffArguments(
      handoff.inputSchema,
      call.arguments,
    );
    if (!parsed.ok) {
      push(
        state,
        sink,
        errorOutput(
          call,
          `Handoff "${handoff.toolName}" was not made: ${parsed.message}`,
          from,
        ),
      );
      return;
    }
    input = parsed.value;
  }
  await handoff.onHandoff?.(state.context, input);

  const target: Agent<any, any> = handoff.agent;
  const rawItem = {
    type: 'function_call_output' as const,
    call_id: call.call_id,
    output: JSON.stringify({ assistant: target.name }),
  };
  push(state, sink, new RunHandoffOutputItem(rawItem, from, target));

  if (handoff.inputFilter) {
    const filtered = await handoff.inputFilter({
      inputHistory: state.originalInput,
      preHandoffItems: state.generatedItems.slice(0, state.turnStartIndex),
      newItems: state.generatedItems.slice(state.turnStartIndex),
    });
    state.originalInput = filtered.inputHistory;
    state.generatedItems = [...filtered.preHandoffItems, ...filtered.newItems];
  }
  state.currentAgent = target;
  sink.emit({ type: 'agent_updated_stream_event', agent: target });
}

async function parseHandoffArguments(
  schema: NonNullable<PendingHandoff['handoff']['inputSchema']>,
  text: string,
): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
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
    undefined,
  );
}

function push(state: RunState<any, any>, sink: EventSink, item: RunItem) {
  recordItems(state, sink, [item]);
}
