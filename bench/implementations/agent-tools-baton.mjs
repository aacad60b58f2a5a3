/** The agents-as-tools scenario on Baton: two translator agents made tools with `asTool()`, then `run()`. */
import { loadOpenAI } from './load-openai.mjs';
import { MODEL, ORCHESTRATOR, TRANSLATORS } from './agent-tools-scenario.mjs';

/** The module the worker loads to check it is the built package and not the TypeScript source. */
export const PACKAGE = '@baton/agents';

/** Builds the agents against the emulator at `baseURL` and returns `runOnce(input, { stream })`. */
export async function createImplementation({
  baseURL,
  wrapClient = (client) => client,
}) {
  const { Agent, run, setDefaultOpenAIClient } = await import(PACKAGE);
  const { OpenAI } = await loadOpenAI('workspace');
  setDefaultOpenAIClient(wrapClient(new OpenAI({ baseURL, apiKey: 'bench' })));
  const tools = Object.values(TRANSLATORS).map((translator) =>
    new Agent({
      name: translator.name,
      instructions: translator.instructions,
      model: MODEL,
    }).asTool({
      toolName: translator.toolName,
      toolDescription: translator.toolDescription,
    }),
  );
  const orchestrator = new Agent({ ...ORCHESTRATOR, model: MODEL, tools });
  return {
    async runOnce(input, { stream }) {
      if (!stream) return (await run(orchestrator, input)).finalOutput;
      const result = await run(orchestrator, input, { stream: true });
      for await (const event of result) void event;
      await result.completed;
      return result.finalOutput;
    },
  };
}
