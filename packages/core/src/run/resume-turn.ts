import type { FunctionToolResult } from '../agent/tool-use-behavior.js';
import { RunToolCallOutputItem } from '../items/run-item.js';
import type { RunState } from '../state/run-state.js';
import { actOnResponse } from './act-on-response.js';
import { classifyOutput, type ClassifiedOutput } from './classify-output.js';
import type { LoopContext, TurnOutcome } from './loop.js';
import { prepareTurn } from './prepare-turn.js';
import type { TurnScope } from './run-abort.js';

/**
 * The first pass of a resumed run: finishes the turn the run stopped in, from the model response it already has.
 * The calls of that response that got no output — waiting for approval, or cut short by an error — are sorted
 * again by the decisions taken since, and only they run; the model is not called again. Returns `undefined` when
 * that turn has nothing left to do, so the loop starts a fresh one.
 * @internal
 */
export async function resumeTurn(
  context: LoopContext,
  scope: TurnScope,
): Promise<TurnOutcome | undefined> {
  const { state } = context;
  const response = state.modelResponses.at(-1);
  if (!response || state.modelResponses.length < state.currentTurn)
    return undefined;
  const answered = answeredCallIds(state);
  const waiting = response.output.some((item) => {
    const raw = item as { type: string; call_id?: string; id?: string };
    if (raw.type === 'mcp_approval_request') return !answered.has(raw.id!);
    return (
      (raw.type === 'function_call' || raw.type === 'computer_call') &&
      !answered.has(raw.call_id!)
    );
  });
  if (!waiting) return undefined;
  const turn = await prepareTurn(state, context.config);
  const classified = classifyOutput(response.output, turn);
  return actOnResponse(context, {
    turn,
    classified,
    calls: classified.toolCalls.filter(
      (pending) => !answered.has(pending.call.call_id),
    ),
    computerCalls: classified.computerCalls.filter(
      (pending) => !answered.has(pending.call.call_id),
    ),
    approvalRequests: classified.approvalRequests.filter(
      (pending) => !answered.has(pending.item.id),
    ),
    earlier: earlierResults(state, classified),
    signal: scope.signal,
  });
}

function answeredCallIds(state: RunState<any, any>): Set<string> {
  const ids = new Set<string>();
  for (const item of state.generatedItems.slice(state.turnStartIndex)) {
    const raw = item.rawItem as {
      type: string;
      call_id?: string;
      approval_request_id?: string;
    };
    if (raw.type === 'mcp_approval_response' && raw.approval_request_id)
      ids.add(raw.approval_request_id);
    if (
      (raw.type === 'function_call_output' ||
        raw.type === 'computer_call_output') &&
      raw.call_id
    )
      ids.add(raw.call_id);
  }
  return ids;
}

/** The results the turn's calls got before the run stopped, for `toolUseBehavior` to see with the rest. */
function earlierResults(
  state: RunState<any, any>,
  classified: ClassifiedOutput,
): FunctionToolResult[] {
  const tools = new Map(
    classified.toolCalls.map(({ call, tool }) => [call.call_id, tool]),
  );
  const results: FunctionToolResult[] = [];
  for (const item of state.generatedItems.slice(state.turnStartIndex)) {
    if (!(item instanceof RunToolCallOutputItem)) continue;
    const tool = tools.get(item.rawItem.call_id);
    if (tool)
      results.push({
        type: 'function_output',
        tool,
        output: item.output,
        runItem: item,
      });
  }
  return results;
}
