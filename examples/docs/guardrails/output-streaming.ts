import {
  Agent,
  OutputGuardrailTripwireTriggered,
  Runner,
  defineOutputGuardrail,
} from '@baton/agents';

const noPhoneNumbers = defineOutputGuardrail({
  name: 'no phone numbers',
  // `details.partial` is true when `agentOutput` is the text streamed so far, at a checkpoint.
  execute: ({ agentOutput, details }) => ({
    tripwireTriggered: /\+?\d[\d ().-]{7,}\d/.test(String(agentOutput)),
    outputInfo: { partial: details?.partial ?? false },
  }),
});

const support = new Agent({
  name: 'Support agent',
  instructions: 'Help customers; never give out staff phone numbers.',
  outputGuardrails: [noPhoneNumbers],
});

// Safest: the final answer streams only once the guardrail has passed it whole.
const held = new Runner({ outputGuardrailStreaming: 'buffered' });

// Faster: every 200 more characters, the text so far is checked and what passed streams on.
const checked = new Runner({
  outputGuardrailStreaming: { checkpointEvery: 200 },
});

for (const runner of [held, checked]) {
  const result = await runner.run(support, 'How do I reach billing?', {
    stream: true,
  });
  try {
    for await (const text of result.toTextStream()) process.stdout.write(text);
  } catch (error) {
    // Nothing the guardrail rejected reached the stream; with checkpoints, the model call was cancelled.
    if (!OutputGuardrailTripwireTriggered.isInstance(error)) throw error;
    console.log('\n[answer withheld]');
  }
}
