import { performance } from 'node:perf_hooks';
/**
 * The guardrail tripwire scenario, shared by both SDKs: a support agent on a slow large model and an input
 * guardrail that runs a homework checker on a fast small one. The input is homework, so the guardrail always trips;
 * what differs is whether the main model call is cancelled when it does.
 */

/** The main agent's model and the checker's, with the emulator's time to first byte for each. */
export const MAIN_MODEL = 'gpt-4.1';
export const CHECKER_MODEL = 'gpt-4o-mini';
export const MODEL_LATENCY_MS = { [MAIN_MODEL]: 1000, [CHECKER_MODEL]: 50 };

/** The user message of every run: the emulator's default model judges it to be math homework. */
export const HOMEWORK_INPUT = 'Can you solve my algebra homework: 2x + 3 = 7?';

/** The agents, as plain data; each implementation builds its own objects from them. */
export const SUPPORT_AGENT = {
  name: 'Support agent',
  instructions: 'Help customers with their invoices and refunds.',
};
export const CHECKER_AGENT = {
  name: 'Homework checker',
  instructions: 'Check if the user is asking you to do their math homework.',
};
export const GUARDRAIL_NAME = 'math homework';

/** The checker's structured output, as both SDKs' users declare it. */
export function verdictSchema(z) {
  return z.object({ isMathHomework: z.boolean(), reasoning: z.string() });
}

/**
 * Builds the scenario on one SDK's module and returns `runOnce(input, { stream })`, which resolves with
 * `{ tripped, checkerMs }`: whether the run rejected with the input tripwire, and how long the checker's own run
 * took. `makeGuardrail(execute)` wraps the guardrail function the SDK's way; `isTripwire(error)` recognises its
 * tripwire error. The checker run gets the guardrail's `signal` when the SDK gives one (Baton does).
 */
export function createGuardrailRun({ sdk, z, makeGuardrail, isTripwire }) {
  const checker = new sdk.Agent({
    ...CHECKER_AGENT,
    model: CHECKER_MODEL,
    outputType: verdictSchema(z),
  });
  let checkerMs;
  const guardrail = makeGuardrail(async ({ input, context, signal }) => {
    const started = performance.now();
    const verdict = await sdk.run(checker, input, {
      context: context.context,
      ...(signal && { signal }),
    });
    checkerMs = performance.now() - started;
    return {
      tripwireTriggered: verdict.finalOutput?.isMathHomework ?? false,
      outputInfo: verdict.finalOutput,
    };
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
        if (!isTripwire(error)) throw error;
        return { tripped: true, checkerMs };
      }
      return { tripped: false, checkerMs };
    },
  };
}
