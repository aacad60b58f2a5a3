import { applyChange } from './apply-change.js';
import type { LoopContext } from './loop.js';
import type { NextStep } from './next-step.js';

/**
 * Ends a run with its final output, or stops it at an interruption (tool calls waiting for approval); the place
 * where output checks run before the caller sees the output.
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
    });
    return;
  }
  applyChange(state, sink, { type: 'finished', output: step.output });
}
