import {
  Agent,
  InputGuardrailTripwireTriggered,
  OutputGuardrailTripwireTriggered,
  defineOutputGuardrail,
} from '@baton/agents';
import { connect } from '../shared/connect.js';
import type { ExampleOptions } from '../shared/example-options.js';
import {
  GUARDRAIL_MODEL,
  mathHomeworkGuardrail,
} from '../shared/math-homework-guardrail.js';
import { runIfMain } from '../shared/run-if-main.js';
import { writeToStdout } from '../shared/write-to-stdout.js';

/** The questions asked when none is given: one the guardrail stops, one it lets through. */
export const DEFAULT_QUESTIONS = [
  'Can you solve my algebra homework: 2x + 3 = 7?',
  'Where is my refund for invoice INV-1042?',
];

/** Never lets a staff phone number out, whatever the model writes. */
const noPhoneNumbers = defineOutputGuardrail({
  name: 'no phone numbers',
  execute: ({ agentOutput }) => ({
    tripwireTriggered: /\+?\d[\d ().-]{7,}\d/.test(String(agentOutput)),
    outputInfo: null,
  }),
});

/** What happened to one question. */
export interface GuardedAnswer {
  question: string;
  outcome:
    'answered' | 'stopped by input guardrail' | 'stopped by output guardrail';
  text: string;
}

/**
 * A math-homework guardrail on a small model in front of a support agent: homework is refused without the support
 * agent's answer (its model call is cancelled), anything else is answered, and an output guardrail keeps phone
 * numbers out of answers.
 */
export async function main(
  options: ExampleOptions & { questions?: string[] } = {},
): Promise<GuardedAnswer[]> {
  const write = options.write ?? writeToStdout;
  const questions =
    options.questions ??
    (options.question ? [options.question] : DEFAULT_QUESTIONS);
  const connection = await connect({ env: options.env, modelLatencyMs: 300 });
  const support = new Agent({
    name: 'Support agent',
    instructions: 'You help Acme Cloud customers with invoices and refunds.',
    inputGuardrails: [mathHomeworkGuardrail(connection.runner)],
    outputGuardrails: [noPhoneNumbers],
  });
  const answers: GuardedAnswer[] = [];
  try {
    write(`${connection.banner}\n`);
    for (const question of questions) {
      write(`\nCustomer: ${question}\n`);
      answers.push(await answer(connection.runner, support, question));
      write(`${answers.at(-1)!.outcome}: ${answers.at(-1)!.text}\n`);
    }
    return answers;
  } finally {
    await connection.close();
  }
}

async function answer(
  runner: Awaited<ReturnType<typeof connect>>['runner'],
  support: Agent,
  question: string,
): Promise<GuardedAnswer> {
  try {
    const result = await runner.run(support, question);
    return { question, outcome: 'answered', text: String(result.finalOutput) };
  } catch (error) {
    if (InputGuardrailTripwireTriggered.isInstance(error)) {
      const verdict = error.result.output.outputInfo as { reasoning?: string };
      return {
        question,
        outcome: 'stopped by input guardrail',
        text: `${verdict.reasoning ?? 'refused'} (checked on ${GUARDRAIL_MODEL})`,
      };
    }
    if (OutputGuardrailTripwireTriggered.isInstance(error))
      return {
        question,
        outcome: 'stopped by output guardrail',
        text: `the answer broke "${error.result.guardrail.name}" and was withheld`,
      };
    throw error;
  }
}

runIfMain(import.meta.url, main);
