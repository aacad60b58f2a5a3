import { applyChange } from './apply-change.js';
import { releaseWhenChecked } from './guard-streamed-output.js';
import { hooksListen, notifyHooks } from './notify-hooks.js';
import type { LoopContext } from './loop.js';
import type { NextStep } from './next-step.js';
import { runOutputGuardrails } from './run-output-guardrails.js';
import { isPromise, type MaybePromise } from './is-promise.js';
import type { OutputGuardrailResult } from '../guardrails/output-guardrail.js';

/**
 * Ends a run with its final output, or stops it at an interruption (tool calls waiting for approval). Output
 * guardrails check the final output here, before the caller can see it: a trip throws and the output is never set.
 * Without output guardrails it is done at once, with no promise.
 * @internal
 */
export function finish(
  context: LoopContext,
  step: Extract<NextStep, { type: 'final_output' | 'interruption' }>,
): MaybePromise<void> {
  const { state, sink } = context;
  if (step.type === 'interruption') {
    applyChange(state, sink, {
      type: 'interrupted',
      interruptions: step.interruptions,
      nested: step.nested,
    });
    return;
  }
  // A streamed final message the guardrails must see first is passed on only once they have.
  const checked = releaseWhenChecked(sink, () =>
    runOutputGuardrails({
      state,
      config: context.config,
      output: step.output,
      signal: context.signal,
      runStep: context.runStep,
    }),
  );
  if (isPromise(checked))
    return checked.then((results) => finished(context, step.output, results));
  finished(context, step.output, checked);
}

function finished(
  context: LoopContext,
  output: unknown,
  results: OutputGuardrailResult[],
): void {
  const { state, sink } = context;
  if (results.length > 0)
    applyChange(state, sink, { type: 'output_guardrails_passed', results });
  applyChange(state, sink, { type: 'finished', output });
  if (hooksListen(context.hooks, state.currentAgent))
    notifyHooks(context.hooks, state.context, {
      type: 'agent_end',
      agent: state.currentAgent,
      output,
    });
}
