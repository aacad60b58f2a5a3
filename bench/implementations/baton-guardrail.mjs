/**
 * The guardrail scenario on Baton: `@baton/agents` from its built `dist`, a `defineInputGuardrail` that runs the
 * checker agent with the signal it is given.
 */
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { loadOpenAI } from './load-openai.mjs';
import {
  CHECKER_AGENT,
  CHECKER_MODEL,
  GUARDRAIL_NAME,
  MAIN_MODEL,
  SUPPORT_AGENT,
  verdictSchema,
} from './guardrail-scenario.mjs';

/** The module the worker loads to check it is the built package and not the TypeScript source. */
export const PACKAGE = '@baton/agents';

/**
 * Returns `runOnce(input, { stream })`, which resolves with `{ tripped, checkerMs }`: whether the run rejected with
 * the input tripwire, and how long the checker's own run took.
 */
export async function createImplementation({ baseURL }) {
  const sdk = await import(PACKAGE);
  const { OpenAI } = await loadOpenAI('workspace');
  sdk.setDefaultOpenAIClient(new OpenAI({ baseURL, apiKey: 'bench' }));
  const checker = new sdk.Agent({
    ...CHECKER_AGENT,
    model: CHECKER_MODEL,
    outputType: verdictSchema(z),
  });
  let checkerMs;
  const guardrail = sdk.defineInputGuardrail({
    name: GUARDRAIL_NAME,
    execute: async ({ input, context, signal }) => {
      const started = performance.now();
      const verdict = await sdk.run(checker, input, {
        context: context.context,
        signal,
      });
      checkerMs = performance.now() - started;
      return {
        tripwireTriggered: verdict.finalOutput?.isMathHomework ?? false,
        outputInfo: verdict.finalOutput,
      };
    },
  });
  const support = new sdk.Agent({
    ...SUPPORT_AGENT,
    model: MAIN_MODEL,
    inputGuardrails: [guardrail],
  });
  return {
    async runOnce(input, { stream }) {
      checkerMs = undefined;
      try {
        if (stream) {
          const result = await sdk.run(support, input, { stream: true });
          for await (const event of result) void event;
          await result.completed;
        } else await sdk.run(support, input);
      } catch (error) {
        if (!sdk.InputGuardrailTripwireTriggered.isInstance(error)) throw error;
        return { tripped: true, checkerMs };
      }
      return { tripped: false, checkerMs };
    },
  };
}
