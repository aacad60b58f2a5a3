import type { RunState } from '../state/run-state.js';
import type { EventSink } from '../streaming/event-sink.js';
import { applyChange } from './apply-change.js';
import { callModel } from './call-model.js';
import { classifyOutput, type ClassifiedOutput } from './classify-output.js';
import { actOnResponse } from './act-on-response.js';
import { finish } from './finish.js';
import type { NextStep } from './next-step.js';
import { prepareTurn } from './prepare-turn.js';
import { resumeTurn } from './resume-turn.js';
import type { ResolvedRunConfig } from './run-config.js';
import { RunTurns, throwIfAborted, type TurnScope } from './run-abort.js';
import { startInputGuardrails } from './start-input-guardrails.js';
import type { StepRunner } from './step-runner.js';
import { HoldingSink } from '../streaming/holding-sink.js';
import { guardStreamedOutput } from './guard-streamed-output.js';
import type { RunHooks } from '../lifecycle/hooks.js';
import { hooksListen, notifyHooks } from './notify-hooks.js';
import { handleRunError, type RunErrorHandlers } from './handle-run-error.js';
import { UnsupportedItemError } from '../errors/errors.js';
import type { SessionHold } from '../sessions/hold-session.js';
import { saveToSession } from './save-to-session.js';
import { isFinished } from './resume-run.js';
import type { NestedStream } from '../streaming/nested-stream.js';
import { isPromise } from './is-promise.js';

/** What every step of a run works with. @internal */
export interface LoopContext {
  state: RunState<any, any>;
  config: ResolvedRunConfig;
  sink: EventSink;
  /** The run's signal: aborted only by the caller or the stream's consumer. */
  signal: AbortSignal;
  /** `false` when nothing can abort `signal` (a plain run without a caller's signal): no turn listens to it. */
  abortable?: boolean;
  runStep: StepRunner;
  /** The runner, whose lifecycle listeners hear of every agent of the run. */
  hooks?: RunHooks<any>;
  /** The run's `errorHandlers`. */
  errorHandlers?: RunErrorHandlers<any>;
  /** Whether the stream carries the events of agent tools' nested runs (the `nestedEvents` run option). */
  nestedEvents?: boolean;
  /** Set when this run is an agent tool's nested run: where it streams. */
  nesting?: NestedStream;
  /** The run continues a state that stopped (for approvals, or on an error): its first pass finishes that turn. */
  resuming?: boolean;
  /** The run's hold on its session, when it has one: the loop's last step appends to it. */
  session?: SessionHold;
}

/**
 * The one agent loop. Each pass is one turn: prepare, call the model, classify its output, run tools, decide.
 * Streamed and plain runs both come through here; they differ only in the sink. A resumed run's first pass
 * finishes the turn it stopped in instead (`resumeTurn`), without calling the model again.
 * @see docs/architecture/run-loop.md
 * @internal
 */
export async function runLoop(context: LoopContext): Promise<void> {
  const { state, signal } = context;
  let resuming = context.resuming === true;
  // A finished run is resumed only to append what its session lacks (its append failed): nothing else runs again.
  if (resuming && isFinished(state)) {
    if (context.session) await saveToSession(context);
    return;
  }
  let step: TurnOutcome = { type: 'run_again' };
  const turns = new RunTurns(signal, context.abortable !== false);
  try {
    while (step.type === 'run_again') {
      throwIfAborted(signal, state);
      const scope = turns.begin();
      try {
        guardStreamedOutput(context, scope);
        const resumed = resuming ? await resumeTurn(context, scope) : undefined;
        resuming = false;
        step = resumed ?? (await runTurn(context, scope));
      } catch (error) {
        // Whatever of the turn is still running (sibling tools, say) stops before the error surfaces.
        scope.abort(error);
        if (signal.aborted) throw error;
        const handled = await handleRunError(
          context,
          error,
          context.errorHandlers,
        );
        if (!handled) throw error;
        step = handled;
      } finally {
        turns.end();
      }
    }
  } finally {
    turns.close();
  }
  const finishing = finish(context, step);
  if (finishing) await finishing;
  if (context.session) await saveToSession(context);
}

/** How a turn ends once its handoff, if any, has been carried out. @internal */
export type TurnOutcome = Exclude<NextStep, { type: 'handoff' }>;

async function runTurn(
  context: LoopContext,
  scope: TurnScope,
): Promise<TurnOutcome> {
  const { state, config, sink } = context;
  const { signal } = scope;
  applyChange(state, sink, { type: 'turn_started' });
  const prepared = prepareTurn(state, config);
  const turn = isPromise(prepared) ? await prepared : prepared;
  if (!state.currentAgentStarted) {
    applyChange(state, sink, { type: 'agent_started' });
    if (hooksListen(context.hooks, turn.agent))
      notifyHooks(context.hooks, state.context, {
        type: 'agent_start',
        agent: turn.agent,
        turnInput: turn.request.input,
      });
  }
  const started = startInputGuardrails({
    state,
    config,
    signal,
    abortTurn: (reason) => scope.abort(reason),
    runStep: context.runStep,
  });
  const guardrails = isPromise(started) ? await started : started;
  throwIfAborted(signal, state);
  // While guardrails may still stop the turn, a stream shows nothing of it unless the caller chose latency.
  const held =
    guardrails && sink.active && config.inputGuardrailStreaming !== 'immediate'
      ? new HoldingSink(sink)
      : undefined;
  const response = await callModel({
    turn,
    state,
    config,
    sink: held ?? sink,
    signal,
    runStep: context.runStep,
  });
  if (guardrails) {
    // The model answered first: nothing of its answer takes effect until every guardrail has passed.
    const results = await guardrails.passed;
    applyChange(state, sink, { type: 'input_guardrails_passed', results });
    held?.release();
  }
  const classified = classifyOutput(response.output, turn);
  applyChange(state, sink, {
    type: 'model_responded',
    response,
    items: classified.items,
    model: turn.model.name,
  });
  refuseUnsupported(classified, state);
  return actOnResponse(context, {
    turn,
    classified,
    calls: classified.toolCalls,
    signal,
  });
}

/** A call Baton cannot answer would reach the model unanswered (a 400) or be taken for a final answer: stop here. */
function refuseUnsupported(
  classified: ClassifiedOutput,
  state: RunState<any, any>,
): void {
  const first = classified.unsupported[0];
  if (!first) return;
  throw new UnsupportedItemError(
    `Agent "${state.currentAgent.name}" got a \`${first.type}\` item from the model, which needs ${first.capability}; ` +
      'Baton cannot run that yet. Remove the tool that offers it from the agent, or handle such items before Baton does.',
    { itemType: first.type, state },
  );
}
