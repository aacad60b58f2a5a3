/**
 * The agents-as-tools scenario: an orchestrator with two agent tools, `to_spanish` and `to_french`, each running a
 * translator agent. One run = the orchestrator calls both tools in one response, the two translators answer in
 * parallel, then the orchestrator answers with both: **four Responses API calls**. The emulator (in its own
 * process) answers with {@link routeAgentTools}, which picks each reply from the request, whichever of the two
 * parallel translators asks first.
 */

/** Model calls per run: the orchestrator twice, each translator once. */
export const REQUESTS_PER_RUN = 4;

/** The model name sent with every request. */
export const MODEL = 'gpt-4.1';

/** The agents, as plain data; each implementation builds its own objects from them. */
export const ORCHESTRATOR = {
  name: 'orchestrator',
  instructions:
    'You coordinate translators. Call to_spanish and to_french in the same response, then give both translations.',
};

export const TRANSLATORS = {
  spanish: {
    name: 'spanish_translator',
    instructions: 'You translate into Spanish. Answer with the translation.',
    toolName: 'to_spanish',
    toolDescription: 'Translates a text into Spanish.',
  },
  french: {
    name: 'french_translator',
    instructions: 'You translate into French. Answer with the translation.',
    toolName: 'to_french',
    toolDescription: 'Translates a text into French.',
  },
};

/** The texts translated, alternated run by run. */
export const INPUTS = [
  'The relay passes the baton from one runner to the next.',
  'Good morning, the order shipped today.',
];

/** The text of run number `index`. */
export function inputFor(index) {
  return INPUTS[index % INPUTS.length];
}

/** Whether `output` is the orchestrator's final answer (anything else is a failed run). */
export function isExpectedOutput(output) {
  return typeof output === 'string' && output.startsWith('Translations: ');
}

/** The input schema of an agent tool, as both SDKs send it. */
export const AGENT_TOOL_PARAMETERS = {
  type: 'object',
  properties: { input: { type: 'string' } },
  required: ['input'],
  additionalProperties: false,
};

/** The emulator's reply to one request of the scenario (runs in the emulator's process). */
export function routeAgentTools(request) {
  const body = request.body ?? {};
  const instructions = String(body.instructions ?? '');
  const input = Array.isArray(body.input) ? body.input : [];
  if (instructions.startsWith('You coordinate')) {
    const outputs = input
      .filter((item) => item.type === 'function_call_output')
      .map((item) => String(item.output));
    if (outputs.length > 0)
      return { text: `Translations: ${outputs.join(' / ')}` };
    const text = lastUserText(input);
    return {
      toolCalls: [
        { name: 'to_spanish', arguments: { input: text } },
        { name: 'to_french', arguments: { input: text } },
      ],
    };
  }
  const language = instructions.includes('Spanish') ? 'es' : 'fr';
  return { text: `[${language}] ${lastUserText(input)}` };
}

function lastUserText(input) {
  const message = input.findLast((item) => item.role === 'user');
  const content = message?.content;
  if (typeof content === 'string') return content;
  return (content ?? []).map((part) => part.text ?? '').join('');
}
