import type { EventSink } from '../streaming/event-sink.js';
import { OutputGuardrailSink } from '../streaming/output-guardrail-sink.js';
import type { LoopContext } from './loop.js';
import type { ResolvedRunConfig } from './run-config.js';
import type { TurnScope } from './run-abort.js';
import { runOutputGuardrails } from './run-output-guardrails.js';
import type { MaybePromise } from './is-promise.js';

/**
 * The sink a streamed run reports to: the stream's own, or one that holds the final message back for the output
 * guardrails when `outputGuardrailStreaming` asks for it.
 * @internal
 */
export function outputGuardrailSink(
  sink: EventSink,
  config: ResolvedRunConfig,
): EventSink {
  const mode = config.outputGuardrailStreaming ?? 'immediate';
  return sink.active && mode !== 'immediate'
    ? new OutputGuardrailSink(sink)
    : sink;
}

/**
 * Tells the run's sink how to guard this turn's streamed output: not at all when the turn's agent and the runner
 * have no output guardrails; by checkpoints on text for a text agent in checkpointed mode; otherwise by holding the
 * final message back. A checkpoint that trips aborts the turn, and so the model call in flight, with its error.
 * @internal
 */
export function guardStreamedOutput(
  context: LoopContext,
  scope: TurnScope,
): void {
  const { sink, state, config } = context;
  if (!(sink instanceof OutputGuardrailSink)) return;
  const agent = state.currentAgent;
  const guarded =
    (config.outputGuardrails?.length ?? 0) + agent.outputGuardrails.length > 0;
  if (!guarded) return sink.startTurn(undefined);
  const mode = config.outputGuardrailStreaming;
  // Partial JSON says nothing a check could judge: structured outputs are held back whole.
  const checkpointEvery =
    typeof mode === 'object' && mode && agent.outputType === 'text'
      ? mode.checkpointEvery
      : undefined;
  sink.startTurn({
    checkpointEvery,
    check: async (text) => {
      await runOutputGuardrails({
        state,
        config,
        output: text,
        signal: scope.signal,
        partial: true,
      });
    },
    abortTurn: (reason) => scope.abort(reason),
  });
}

/**
 * Runs the final output check of a run, and passes on the held final message only once it passed. A checkpoint
 * still running is waited for first (checks never overlap), and its trip or failure ends the run. A sink that holds
 * nothing back gets the check's own outcome, a promise or not.
 * @internal
 */
export function releaseWhenChecked<T>(
  sink: EventSink,
  check: () => MaybePromise<T>,
): MaybePromise<T> {
  if (!(sink instanceof OutputGuardrailSink)) return check();
  return checkThenRelease(sink, check);
}

async function checkThenRelease<T>(
  sink: OutputGuardrailSink,
  check: () => MaybePromise<T>,
): Promise<T> {
  await sink.settled();
  const results = await check();
  sink.release();
  return results;
}
