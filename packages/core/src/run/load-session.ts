import { UserError } from '../errors/errors.js';
import type { AgentInputItem } from '../items/items.js';
import type { SessionHold } from '../sessions/hold-session.js';
import { repairHistory } from '../sessions/repair-history.js';
import type { SessionInputCallback } from '../sessions/session.js';
import { inputItems, type RunState } from '../state/run-state.js';
import { noopSink } from '../streaming/event-sink.js';
import { applyChange } from './apply-change.js';

/** How a run merges its session's history with its input. @internal */
export interface LoadSessionOptions {
  sessionInputCallback?: SessionInputCallback;
  /** Read only the latest this many items. */
  limit?: number;
}

/**
 * The step before a new run's first turn: reads the session's history and merges it with the run's input (history
 * first, or as `sessionInputCallback` says). The run's own part, what it will add to the session, is the new
 * input, or, with a callback, the items it returned that are not from the history. History is repaired where it
 * would make an invalid request (see `repairHistory`). When the server holds the conversation
 * (`previousResponseId`, `conversationId`) only the run's own part is sent, as in `@openai/agents`.
 * @internal
 */
export async function loadSession(
  state: RunState<any, any>,
  hold: SessionHold,
  options: LoadSessionOptions,
): Promise<void> {
  const newItems = inputItems(state.originalInput);
  const history = await hold.session.getItems(options.limit);
  const callback = options.sessionInputCallback;
  if (!callback) {
    const merged = [...history, ...newItems];
    applyChange(state, noopSink, {
      type: 'session_loaded',
      input: state.serverManaged
        ? newItems
        : repairHistory(merged, (index) => index < history.length),
      sessionInput: newItems,
    });
    return;
  }
  const combined = await callback(history.slice(), newItems.slice());
  if (!Array.isArray(combined))
    throw new UserError(
      'sessionInputCallback must return an array of input items (the history and new input to send).',
      { state },
    );
  const fromHistory = historyIndexes(history, combined);
  const own = combined.filter((_, index) => !fromHistory.has(index));
  applyChange(state, noopSink, {
    type: 'session_loaded',
    // The server already holds the history; its delta must not be lost even when the callback dropped it.
    input: state.serverManaged
      ? own.length > 0
        ? own
        : newItems
      : repairHistory(combined, (index) => fromHistory.has(index)),
    sessionInput: own,
  });
}

/**
 * Which items of the callback's list came from the history: the history's own objects, or (for a callback that
 * copies) items equal to a history item not matched yet.
 */
function historyIndexes(
  history: AgentInputItem[],
  combined: AgentInputItem[],
): Set<number> {
  const objects = new Set(history);
  const remaining = new Map<string, number>();
  for (const item of history) {
    const key = JSON.stringify(item);
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  const indexes = new Set<number>();
  combined.forEach((item, index) => {
    const key = JSON.stringify(item);
    const left = remaining.get(key) ?? 0;
    if (!objects.has(item) && left === 0) return;
    objects.delete(item);
    if (left > 0) remaining.set(key, left - 1);
    indexes.add(index);
  });
  return indexes;
}
