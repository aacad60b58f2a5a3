import type { RunState } from '../state/run-state.js';
import type { EventSink } from '../streaming/event-sink.js';
import { abortError } from './abort-error.js';
import { callModel } from './call-model.js';
import { classifyOutput } from './classify-output.js';
import { decideNextStep } from './decide-next-step.js';
import { executeHandoff } from './execute-handoff.js';
import { executeTools } from './execute-tools.js';
import { finish } from './finish.js';
import type { NextStep } from './next-step.js';
import { prepareTurn } from './prepare-turn.js';
import { recordItems } from './record-items.js';
import type { ResolvedRunConfig } from './run-config.js';

/**
 * The one agent loop. Each pass is one turn: prepare, call the model, classify its output, run tools, decide.
 * Streamed and plain runs both come through here; they differ only in the sink.
 * @see docs/architecture/run-loop.md
 * @internal
 */
export async function runLoop(options: {
  state: RunState<any, any>;
  config: ResolvedRunConfig;
  sink: EventSink;
  signal: AbortSignal;
}): Promise<void> {
  const { state, config, sink, signal } = options;
  if (sink.active)
    sink.emit({
      type: 'agent_updated_stream_event',
      agent: state.currentAgent,
    });
  let step: NextStep = { type: 'run_again' };
  while (step.type === 'run_again') {
    if (signal.aborted) throw abortError(signal, state);
    const turn = await prepareTurn(state, config);
    const response = await callModel({ turn, state, config, sink, signal });
    const classified = classifyOutput(response.output, turn);
    recordItems(state, sink, classified.items);
    if (state.previousResponseId !== undefined && response.responseId) {
      state.previousResponseId = response.responseId;
      state.serverItemIndex = state.generatedItems.length;
    }
    const tools = await executeTools({
      calls: classified.toolCalls,
      turn,
      state,
      config,
      signal,
    });
    recordItems(state, sink, tools.items);
    if (signal.aborted) throw abortError(signal, state);
    step = await decideNextStep({
      turn,
      state,
      classified,
      toolResults: tools.results,
    });
    if (step.type === 'handoff') {
      await executeHandoff({
        step,
        extraCalls: classified.handoffCalls.slice(1),
        state,
        sink,
      });
      step = { type: 'run_again' };
    }
  }
  finish(state, step.output);
}
