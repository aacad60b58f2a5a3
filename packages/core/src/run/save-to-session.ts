import { inputItems, sentItems, type RunState } from '../state/run-state.js';
import { applyChange } from './apply-change.js';
import type { LoopContext } from './loop.js';

/**
 * The loop's last step when the run has a session: appends what the session does not hold yet, in one call — the
 * run's own input (until it has been saved once) and the items generated since the last save — once the run has
 * its final output (output guardrails passed) or stops for approvals. A resumed run therefore adds only what it did
 * after its last save. Nothing is written when the server holds the conversation (`previousResponseId`,
 * `conversationId`), as in `@openai/agents`.
 * @internal
 */
export async function saveToSession(context: LoopContext): Promise<void> {
  const { state, session } = context;
  if (!session || state.serverManaged) return;
  const generated = sentItems(state.generatedItems);
  const items = [
    ...(state.sessionInput ?? inputItems(state.originalInput)),
    ...generated.slice(state.sessionItemCount),
  ];
  if (items.length > 0) await session.append(items);
  applyChange(state, context.sink, {
    type: 'session_saved',
    itemCount: generated.length,
  });
}

/**
 * Whether a run that loaded a session has items the session does not hold yet: its append failed (the store was
 * down, say), so resuming its state with the session appends them. @internal
 */
export function hasUnsavedSessionItems(state: RunState<any, any>): boolean {
  if (state.sessionInput === undefined || state.serverManaged) return false;
  return (
    state.sessionInput.length > 0 ||
    sentItems(state.generatedItems).length > state.sessionItemCount
  );
}
