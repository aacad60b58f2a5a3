/**
 * The agents-as-tools scenario as a hand-written loop on the bare `openai` client: the orchestrator's request with
 * the two tool definitions, the two translators' requests in parallel when it calls them (their `input` argument
 * parsed and checked, as a careful application would), then the orchestrator again with both outputs. It sends
 * what Baton sends, so the difference between the two is what Baton itself costs.
 */
import { loadOpenAI } from './load-openai.mjs';
import {
  AGENT_TOOL_PARAMETERS,
  MODEL,
  ORCHESTRATOR,
  TRANSLATORS,
} from './agent-tools-scenario.mjs';

const MAX_TURNS = 10;

/** No framework package: the worker only checks module resolution for the frameworks. */
export const PACKAGE = undefined;

/** Returns `runOnce(input, { stream })` on the `openai` client that `openai` names. */
export async function createImplementation({
  baseURL,
  openai = 'workspace',
  wrapClient = (client) => client,
}) {
  const { OpenAI } = await loadOpenAI(openai);
  const client = wrapClient(new OpenAI({ baseURL, apiKey: 'bench' }));
  const byTool = new Map(
    Object.values(TRANSLATORS).map((translator) => [
      translator.toolName,
      translator,
    ]),
  );
  const tools = [...byTool.values()].map((translator) => ({
    type: 'function',
    name: translator.toolName,
    description: translator.toolDescription,
    parameters: AGENT_TOOL_PARAMETERS,
    strict: true,
  }));
  const translate = async (call) => {
    const translator = byTool.get(call.name);
    const { input } = JSON.parse(call.arguments);
    if (typeof input !== 'string') throw new Error('input must be a string');
    const response = await client.responses.create({
      model: MODEL,
      instructions: translator.instructions,
      input: [{ type: 'message', role: 'user', content: input }],
      stream: false,
    });
    return outputText(response.output);
  };
  return {
    async runOnce(input, { stream }) {
      const history = [{ type: 'message', role: 'user', content: input }];
      for (let turn = 0; turn < MAX_TURNS; turn += 1) {
        const output = await modelOutput(client, {
          model: MODEL,
          instructions: ORCHESTRATOR.instructions,
          input: history,
          tools,
          stream,
        });
        history.push(...output);
        const calls = output.filter((item) => item.type === 'function_call');
        if (calls.length === 0) return outputText(output);
        const results = await Promise.all(calls.map(translate));
        calls.forEach((call, index) =>
          history.push({
            type: 'function_call_output',
            call_id: call.call_id,
            output: results[index],
          }),
        );
      }
      throw new Error(`No final output after ${MAX_TURNS} turns`);
    },
  };
}

function modelOutput(client, body) {
  return body.stream
    ? streamedOutput(client, body)
    : client.responses.create(body).then((response) => response.output);
}

async function streamedOutput(client, body) {
  const events = await client.responses.create(body);
  let output;
  for await (const event of events) {
    if (event.type === 'response.completed') output = event.response.output;
  }
  if (!output) throw new Error('The stream ended without response.completed');
  return output;
}

function outputText(output) {
  return output
    .filter((item) => item.type === 'message')
    .flatMap((item) => item.content)
    .filter((part) => part.type === 'output_text')
    .map((part) => part.text)
    .join('');
}
