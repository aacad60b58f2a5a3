import {
  Agent,
  InvalidRunStateError,
  RunState,
  RunStateSignatureError,
  UnknownAgentError,
  UnsupportedRunStateVersionError,
} from '@baton/agents';

const agent = new Agent({ name: 'Triage' });

export async function restore(text: string, secret: string) {
  try {
    return await RunState.fromString(agent, text, { secret });
  } catch (error) {
    if (RunStateSignatureError.isInstance(error)) {
      // 'unsigned' or 'mismatch': never resume such a state.
      console.warn('Rejected a run state:', error.reason);
    } else if (UnknownAgentError.isInstance(error)) {
      console.warn(`No agent "${error.agentName}" among`, error.knownAgents);
    } else if (UnsupportedRunStateVersionError.isInstance(error)) {
      console.warn('Written by another Baton:', error.version);
    } else if (InvalidRunStateError.isInstance(error)) {
      console.warn('Not a run state:', error.issues);
    }
    throw error;
  }
}
