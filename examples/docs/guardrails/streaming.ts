import { Agent, Runner, type InputGuardrail } from '@baton/agents';

declare const mathHomework: InputGuardrail;
const support = new Agent({
  name: 'Support agent',
  inputGuardrails: [mathHomework],
});

// Default: nothing of the first model call is streamed until every parallel input guardrail has passed.
const careful = new Runner();

// Latency first: text streams at once, and may reach the client before a tripwire ends the run.
const eager = new Runner({ inputGuardrailStreaming: 'immediate' });

for (const runner of [careful, eager]) {
  const result = await runner.run(support, 'Where is my refund?', {
    stream: true,
  });
  for await (const event of result.toTextStream()) process.stdout.write(event);
}
