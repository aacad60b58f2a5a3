import {
  Agent,
  defineInputGuardrail,
  type InputGuardrail,
  type Runner,
} from '@baton/agents';
import { z } from 'zod';

/** The model that checks questions: small and cheap, beside the main agents' larger one. */
export const GUARDRAIL_MODEL = 'gpt-4o-mini';

const homeworkChecker = new Agent({
  name: 'Homework checker',
  model: GUARDRAIL_MODEL,
  instructions:
    'Check if the user is asking you to do their math homework. Questions about invoices, charges and refunds ' +
    'are never homework.',
  outputType: z.object({
    isMathHomework: z.boolean(),
    reasoning: z.string(),
  }),
});

/**
 * Stops customers from using support as a homework service. It runs beside the triage agent's first model call on
 * `runner` (so on the same provider) and aborts that call when it trips.
 */
export function mathHomeworkGuardrail(runner: Runner): InputGuardrail {
  return defineInputGuardrail({
    name: 'math homework',
    execute: async ({ input, signal }) => {
      const verdict = await runner.run(homeworkChecker, input, { signal });
      return {
        tripwireTriggered: verdict.finalOutput?.isMathHomework ?? false,
        outputInfo: verdict.finalOutput,
      };
    },
  });
}
