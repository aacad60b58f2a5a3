import { applyChange } from './apply-change.js';
import { releaseWhenChecked } from './guard-streamed-output.js';
import { notifyHooks } from './notify-hooks.js';
import type { LoopContext } from './loop.js';
import type { NextStep } from './next-step.js';
import { runOutputGuardrails } from './run-output-guardrails.js';

/**
 * Ends a run with its final output, or stops it at an interruption (tool calls waiting for approval). Output
 * guardrails check the final output here, before the caller can see it: a trip throws and the output is never set.
 * @internal
 */
export async function finish(
  context: LoopContext,
  step: Extract<NextStep, { type: 'final_output' | 'interruption' }>,
): Promise<void> {
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
  const results = await releaseWhenChecked(sink, () =>
    runOutputGuardrails({
      state,
      config: context.config,
      output: step.output,
      signal: context.signal,
      runStep: context.runStep,
    }),
  );
  if (results.length > 0)
    applyChange(state, sink, { type: 'output_guardrails_passed', results });
  applyChange(state, sink, { type: 'finished', output: step.output });
  notifyHooks(context.hooks, state.context, {
    type: 'agent_end',
    agent: state.currentAgent,
    output: step.output,
  });
}
