import type { RunState } from '../../src/index.js';

/**
 * Every field of a run state in a form `toEqual` can compare: run items by class, wire item and agent names, and
 * agents by name (identity is checked separately where it matters).
 */
export function fieldsOf(state: RunState<any, any>) {
  return {
    stateId: state.stateId,
    sequence: state.sequence,
    originalInput: state.originalInput,
    currentAgent: state.currentAgent.name,
    currentTurn: state.currentTurn,
    maxTurns: state.maxTurns,
    generatedItems: state.generatedItems.map((item) => ({
      class: item.constructor.name,
      ...item.toJSON(),
    })),
    modelResponses: state.modelResponses,
    finalOutput: state.finalOutput,
    interruptions: state.interruptions.map((item) => item.toJSON()),
    usage: state.usage.toJSON(),
    context: state.context.context,
    previousResponseId: state.previousResponseId,
    conversationId: state.conversationId,
    sessionInput: state.sessionInput,
    sessionItemCount: state.sessionItemCount,
    lastResponseId: state.lastResponseId,
    serverItemIndex: state.serverItemIndex,
    serverHasInput: state.serverHasInput,
    turnStartIndex: state.turnStartIndex,
    agentsThatUsedTools: [...state.agentsThatUsedTools],
  };
}
