import type { Emulator, EmulatorRequest } from '@baton/testing';

/** What the offline translators answer: a tiny phrasebook stands in for the model. */
const PHRASEBOOK: Record<string, string> = {
  Spanish:
    'Buenos días: el relevo pasa el testigo de un corredor al siguiente.',
  French: 'Bonjour : le relais passe le témoin d’un coureur au suivant.',
};

interface RequestBody {
  instructions?: string;
  input?: Array<{ type?: string; output?: unknown }>;
}

/**
 * Offline, scripts the emulator like the real model would answer: the orchestrator calls both translators in one
 * response, each translator answers from the phrasebook, and the orchestrator joins the two answers. Each reply is
 * chosen from its request, so it does not matter which of the two parallel translators asks first.
 */
export function scriptOfflineReplies(emulator: Emulator, text: string): void {
  const reply = (request: EmulatorRequest) => {
    const body = request.body as RequestBody;
    const instructions = body.instructions ?? '';
    const outputs = (body.input ?? [])
      .filter((item) => item.type === 'function_call_output')
      .map((item) => String(item.output));
    const language = /into (\w+)\./.exec(instructions)?.[1];
    if (language && !instructions.includes('both'))
      return { text: PHRASEBOOK[language] ?? text };
    if (outputs.length > 0) return { text: outputs.join('\n') };
    return {
      toolCalls: [
        { name: 'to_spanish', arguments: { input: text } },
        { name: 'to_french', arguments: { input: text } },
      ],
    };
  };
  emulator.script(reply, reply, reply, reply);
}
