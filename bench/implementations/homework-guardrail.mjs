/**
 * The customer-service scenario's input guardrail, built the same way on both SDKs: a homework checker agent on
 * the small model with a zod `outputType`, run from the guardrail's `execute` (in parallel with the first main
 * model call, each SDK's default). The checker is the one of the guardrail tripwire scenario; on the scenario's
 * inputs the emulator's default model answers `isMathHomework: false`, so it never trips here.
 */
import {
  CHECKER_AGENT,
  CHECKER_MODEL,
  GUARDRAIL_NAME,
  verdictSchema,
} from './guardrail-scenario.mjs';

/**
 * Returns the input guardrail on `sdk` (`@baton/agents` or `@openai/agents`); `makeGuardrail({ name, execute })`
 * wraps it the SDK's way. The checker run gets the guardrail's `signal` when the SDK gives one (Baton does).
 */
export function createHomeworkGuardrail({ sdk, z, makeGuardrail }) {
  const checker = new sdk.Agent({
    ...CHECKER_AGENT,
    model: CHECKER_MODEL,
    outputType: verdictSchema(z),
  });
  return makeGuardrail({
    name: GUARDRAIL_NAME,
    execute: async ({ input, context, signal }) => {
      const verdict = await sdk.run(checker, input, {
        context: context.context,
        ...(signal && { signal }),
      });
      return {
        tripwireTriggered: verdict.finalOutput?.isMathHomework ?? false,
        outputInfo: verdict.finalOutput,
      };
    },
  });
}
