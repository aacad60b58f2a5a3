import { Runner, UserError } from '@baton/agents';

// The @openai/agents spellings work too: new Runner({ toolExecution: { maxFunctionToolConcurrency: 4 },
//                                                   toolNotFoundBehavior: 'raise_error' })
export const runner = new Runner({
  toolConcurrency: 4,
  unknownToolBehavior: 'throw', // Baton's default is 'return_error': the model is told and can recover.
});

// Errors derive from BatonError, which is also exported as AgentsError. isInstance works across ESM and CJS copies.
export function isConfigurationMistake(error: unknown): boolean {
  return UserError.isInstance(error);
}
