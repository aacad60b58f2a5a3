/**
 * The scenario on Baton, written as an application would: `@baton/agents` from its built `dist` (the worker runs
 * without the `@baton/source` condition), zod tools, a `defineInputGuardrail` on the triage agent, `run()`.
 */
import { z } from 'zod';
import { createHomeworkGuardrail } from './homework-guardrail.mjs';
import { loadOpenAI } from './load-openai.mjs';
import { AGENTS, MODEL, TOOLS, zodParameters } from './scenario.mjs';

/** The module the worker loads to check it is the built package and not the TypeScript source. */
export const PACKAGE = '@baton/agents';

/**
 * Builds the agents against the emulator at `baseURL` and returns `runOnce(input, { stream })`, which resolves
 * with the final output. The `openai` client goes through `wrapClient` (see `lib/canned-client.mjs`).
 */
export async function createImplementation({
  baseURL,
  wrapClient = (client) => client,
}) {
  const sdk = await import(PACKAGE);
  const { Agent, run, setDefaultOpenAIClient, tool } = sdk;
  const { OpenAI } = await loadOpenAI('workspace');
  setDefaultOpenAIClient(wrapClient(new OpenAI({ baseURL, apiKey: 'bench' })));
  const specialist = (key) =>
    new Agent({
      ...AGENTS[key],
      model: MODEL,
      tools: [
        tool({
          name: TOOLS[key].name,
          description: TOOLS[key].description,
          parameters: zodParameters(z, TOOLS[key].properties),
          execute: TOOLS[key].execute,
        }),
      ],
    });
  const triage = new Agent({
    ...AGENTS.triage,
    model: MODEL,
    handoffs: [specialist('billing'), specialist('refunds')],
    inputGuardrails: [
      createHomeworkGuardrail({
        sdk,
        z,
        makeGuardrail: (guardrail) => sdk.defineInputGuardrail(guardrail),
      }),
    ],
  });
  return {
    /** A new conversation's session (for the soak benchmark). */
    createSession: () => new sdk.MemorySession(),
    async runOnce(input, { stream, session }) {
      const options = session ? { session } : {};
      if (!stream) return (await run(triage, input, options)).finalOutput;
      const result = await run(triage, input, { ...options, stream: true });
      for await (const event of result) void event;
      await result.completed;
      return result.finalOutput;
    },
  };
}
