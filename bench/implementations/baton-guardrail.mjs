/**
 * The guardrail scenario on Baton: `@baton/agents` from its built `dist`, a `defineInputGuardrail` whose checker
 * run gets the guardrail's signal.
 */
import { z } from 'zod';
import { loadOpenAI } from './load-openai.mjs';
import { createGuardrailRun, GUARDRAIL_NAME } from './guardrail-scenario.mjs';

/** The module the worker loads to check it is the built package and not the TypeScript source. */
export const PACKAGE = '@baton/agents';

/** Returns `runOnce(input, { stream })` (see `createGuardrailRun`). */
export async function createImplementation({ baseURL }) {
  const sdk = await import(PACKAGE);
  const { OpenAI } = await loadOpenAI('workspace');
  sdk.setDefaultOpenAIClient(new OpenAI({ baseURL, apiKey: 'bench' }));
  return createGuardrailRun({
    sdk,
    z,
    makeGuardrail: (execute) =>
      sdk.defineInputGuardrail({ name: GUARDRAIL_NAME, execute }),
    isTripwire: (error) =>
      sdk.InputGuardrailTripwireTriggered.isInstance(error),
  });
}
