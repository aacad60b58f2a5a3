import {
  Agent,
  OutputGuardrailTripwireTriggered,
  defineOutputGuardrail,
  run,
} from '@baton/agents';

const noPhoneNumbers = defineOutputGuardrail({
  name: 'no phone numbers',
  execute: ({ agentOutput }) => ({
    tripwireTriggered: /\+?\d[\d ().-]{7,}\d/.test(String(agentOutput)),
    outputInfo: { checked: 'phone numbers' },
  }),
});

const support = new Agent({
  name: 'Support agent',
  instructions: 'Help customers; never give out staff phone numbers.',
  outputGuardrails: [noPhoneNumbers],
});

try {
  const result = await run(support, 'How do I reach the billing team?');
  console.log(result.finalOutput, result.outputGuardrailResults);
} catch (error) {
  // The output that tripped the guardrail is never set on a result.
  if (OutputGuardrailTripwireTriggered.isInstance(error)) {
    console.log('Blocked by', error.result.guardrail.name);
  } else {
    throw error;
  }
}
