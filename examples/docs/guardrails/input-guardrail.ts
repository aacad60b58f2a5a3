import {
  Agent,
  InputGuardrailTripwireTriggered,
  defineInputGuardrail,
  run,
} from '@baton/agents';
import { z } from 'zod';

// The check runs on a small, cheap model...
const homeworkChecker = new Agent({
  name: 'Homework checker',
  model: 'gpt-4o-mini',
  instructions: 'Check if the user is asking you to do their math homework.',
  outputType: z.object({ isMathHomework: z.boolean(), reasoning: z.string() }),
});

const mathHomework = defineInputGuardrail({
  name: 'math homework',
  // `signal` aborts when the verdict no longer matters: hand it to the nested run so its model call stops too.
  execute: async ({ input, context, signal }) => {
    const verdict = await run(homeworkChecker, input, {
      context: context.context,
      signal,
    });
    return {
      tripwireTriggered: verdict.finalOutput?.isMathHomework ?? false,
      outputInfo: verdict.finalOutput,
    };
  },
});

// ...beside the expensive agent. When it trips, the support agent's model call is aborted at once.
const support = new Agent({
  name: 'Support agent',
  model: 'gpt-4.1',
  instructions: 'Help customers with their invoices and refunds.',
  inputGuardrails: [mathHomework],
});

try {
  const result = await run(support, 'Can you solve 2x + 3 = 7 for me?');
  console.log(result.finalOutput);
} catch (error) {
  if (InputGuardrailTripwireTriggered.isInstance(error)) {
    console.log('Refused:', error.result.output.outputInfo.reasoning);
  } else {
    throw error;
  }
}
