/**
 * The agents-as-tools scenario on `@openai/agents` 0.20: two translator agents made tools with `asTool()`, then
 * `run()`, tracing disabled, on its own `openai` (v7) client.
 */
import { loadOpenAI } from './load-openai.mjs';
import { MODEL, ORCHESTRATOR, TRANSLATORS } from './agent-tools-scenario.mjs';

/** The framework package the worker loads. */
export const PACKAGE = '@openai/agents';

/** Builds the agents against the emulator at `baseURL` and returns `runOnce(input, { stream })`. */
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
  const tools = Object.values(TRANSLATORS).map((translator) =>
    new sdk.Agent({
      name: translator.name,
      instructions: translator.instructions,
      model: MODEL,
    }).asTool({
      toolName: translator.toolName,
      toolDescription: translator.toolDescription,
    }),
  );
  const orchestrator = new sdk.Agent({ ...ORCHESTRATOR, model: MODEL, tools });
  return {
    async runOnce(input, { stream }) {
      if (!stream) return (await sdk.run(orchestrator, input)).finalOutput;
      const result = await sdk.run(orchestrator, input, { stream: true });
      for await (const event of result) void event;
      await result.completed;
      return result.finalOutput;
    },
  };
}
