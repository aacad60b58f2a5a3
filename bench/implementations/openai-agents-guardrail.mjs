/**
 * The guardrail scenario on `@openai/agents` 0.20: a plain `{ name, execute }` input guardrail that runs the
 * checker agent, tracing disabled, its own `openai` (v7) client.
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

/** The framework package the worker loads. */
export const PACKAGE = '@openai/agents';

/** Returns `runOnce(input, { stream })`, resolving with `{ tripped, checkerMs }` (see `baton-guardrail.mjs`). */
export async function createImplementation({ baseURL }) {
  const sdk = await import(PACKAGE);
  sdk.setTracingDisabled(true);
  sdk.setOpenAIAPI('responses');
  const { OpenAI } = await loadOpenAI('agents-sdk');
  sdk.setDefaultOpenAIClient(new OpenAI({ baseURL, apiKey: 'bench' }));
  const checker = new sdk.Agent({
    ...CHECKER_AGENT,
    model: CHECKER_MODEL,
    outputType: verdictSchema(z),
  });
  let checkerMs;
  // The SDK gives a guardrail no signal: the shape is otherwise the same as Baton's.
  const guardrail = {
    name: GUARDRAIL_NAME,
    execute: async ({ input, context }) => {
      const started = performance.now();
      const verdict = await sdk.run(checker, input, {
        context: context.context,
      });
      checkerMs = performance.now() - started;
      return {
        tripwireTriggered: verdict.finalOutput?.isMathHomework ?? false,
        outputInfo: verdict.finalOutput,
      };
    },
  };
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
        if (!(error instanceof sdk.InputGuardrailTripwireTriggered))
          throw error;
        return { tripped: true, checkerMs };
      }
      return { tripped: false, checkerMs };
    },
  };
}
