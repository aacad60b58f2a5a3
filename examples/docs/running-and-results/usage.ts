import { Agent, run } from '@baton/agents';

const result = await run(new Agent({ name: 'Assistant' }), 'Hello!');
const { usage } = result;
console.log(
  `${usage.requests} requests, ${usage.inputTokens} in, ${usage.outputTokens} out`,
);
// Details are summed over the run's requests, by field.
console.log(
  `cached: ${usage.inputTokensDetails.cached_tokens}, reasoning: ${usage.outputTokensDetails.reasoning_tokens}`,
);
