import { Agent } from '@baton/agents';
import type { RoutedRequest } from './agent-router.js';

/** The agents-as-tools scenario of the wire tests: a translator agent into one language. */
export function translator(
  language: string,
  tools: Agent['tools'] = [],
  model?: string,
): Agent {
  return new Agent({
    name: `${language} translator`,
    instructions: `You translate into ${language}.`,
    ...(model && { model }),
    tools,
  });
}

/** The orchestrator that calls translators as tools. */
export function orchestrator(tools: Agent['tools']): Agent {
  return new Agent({
    name: 'Orchestrator',
    instructions: 'You orchestrate translators.',
    tools,
  });
}

/**
 * The orchestrator's turn, or undefined for a translator's request: first it calls `to_spanish` and `to_french` at
 * once with `input`, then it answers with their outputs joined.
 */
export function orchestratorTurn(request: RoutedRequest, input: string) {
  if (!request.instructions.startsWith('You orchestrate')) return undefined;
  if (request.outputs.size > 0)
    return { text: [...request.outputs.values()].join(' | ') };
  return {
    toolCalls: [
      { name: 'to_spanish', arguments: { input }, callId: 'call_es' },
      { name: 'to_french', arguments: { input }, callId: 'call_fr' },
    ],
  };
}
