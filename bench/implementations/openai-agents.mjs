/**
 * The scenario on `@openai/agents` 0.20, written as its users would: zod tools, handoffs, a plain
 * `{ name, execute }` input guardrail on the triage agent, `run()`. Tracing is disabled so it never tries the
 * network, and it talks to the emulator through its own `openai` (v7) client.
 */
import { z } from 'zod';
import { createHomeworkGuardrail } from './homework-guardrail.mjs';
import { loadOpenAI } from './load-openai.mjs';
import { AGENTS, MODEL, TOOLS, zodParameters } from './scenario.mjs';

/** The framework package the worker loads. */
export const PACKAGE = '@openai/agents';

/**
 * Builds the agents against the emulator at `baseURL` and returns `runOnce(input, { stream })`. The `openai`
 * client goes through `wrapClient` (see `lib/canned-client.mjs`).
 */
export async function createImplementation({
  baseURL,
  wrapClient = (client) => client,
}) {
  const sdk = await import(PACKAGE);
  sdk.setTracingDisabled(true);
  sdk.setOpenAIAPI('responses');
  const { OpenAI } = await loadOpenAI('agents-sdk');
  sdk.setDefaultOpenAIClient(
    wrapClient(new OpenAI({ baseURL, apiKey: 'bench' })),
  );
  const specialist = (key) =>
    new sdk.Agent({
      ...AGENTS[key],
      model: MODEL,
      tools: [
        sdk.tool({
          name: TOOLS[key].name,
          description: TOOLS[key].description,
          parameters: zodParameters(z, TOOLS[key].properties),
          execute: TOOLS[key].execute,
        }),
      ],
    });
  const triage = new sdk.Agent({
    ...AGENTS.triage,
    model: MODEL,
    handoffs: [specialist('billing'), specialist('refunds')],
    inputGuardrails: [
      createHomeworkGuardrail({
        sdk,
        z,
        makeGuardrail: (guardrail) => guardrail,
      }),
    ],
  });
  return {
    /** A new conversation's session (for the soak benchmark). */
    createSession: () => new sdk.MemorySession(),
    async runOnce(input, { stream, session }) {
      const options = session ? { session } : {};
      if (!stream) return (await sdk.run(triage, input, options)).finalOutput;
      const result = await sdk.run(triage, input, { ...options, stream: true });
      for await (const event of result) void event;
      await result.completed;
      return result.finalOutput;
    },
  };
}
