/**
 * The guardrail scenario on `@openai/agents` 0.20: a plain `{ name, execute }` input guardrail (the SDK gives it
 * no signal), tracing disabled, its own `openai` (v7) client.
 */
import { z } from 'zod';
import { loadOpenAI } from './load-openai.mjs';
import { createGuardrailRun, GUARDRAIL_NAME } from './guardrail-scenario.mjs';

/** The framework package the worker loads. */
export const PACKAGE = '@openai/agents';

/** Returns `runOnce(input, { stream })` (see `createGuardrailRun`). */
export async function createImplementation({ baseURL }) {
  const sdk = await import(PACKAGE);
  sdk.setTracingDisabled(true);
  sdk.setOpenAIAPI('responses');
  const { OpenAI } = await loadOpenAI('agents-sdk');
  sdk.setDefaultOpenAIClient(new OpenAI({ baseURL, apiKey: 'bench' }));
  return createGuardrailRun({
    sdk,
    z,
    makeGuardrail: (execute) => ({ name: GUARDRAIL_NAME, execute }),
    isTripwire: (error) => error instanceof sdk.InputGuardrailTripwireTriggered,
  });
}
