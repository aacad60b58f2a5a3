import { Agent } from '@baton/agents';

/** A translator: one small agent per language, each made a tool of the orchestrator. */
export function translator(language: string): Agent {
  return new Agent({
    name: `${language} translator`,
    instructions: `You translate the user's message into ${language}. Answer with the translation only.`,
  });
}

/**
 * The orchestrator: it calls both translators in one response (so they run at the same time) and then puts their
 * answers together.
 */
export function createOrchestrator(): Agent {
  return new Agent({
    name: 'Orchestrator',
    instructions:
      'You translate the user’s message into Spanish and French. Call to_spanish and to_french, both in the same ' +
      'response, then answer with both translations, one per line.',
    tools: [
      translator('Spanish').asTool({
        toolName: 'to_spanish',
        toolDescription: 'Translates a text into Spanish.',
      }),
      translator('French').asTool({
        toolName: 'to_french',
        toolDescription: 'Translates a text into French.',
      }),
    ],
    modelSettings: { parallelToolCalls: true },
  });
}
