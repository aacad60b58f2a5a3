import { Agent, run, retryPolicies } from '@baton/agents';

const agent = new Agent({
  name: 'Assistant',
  modelSettings: {
    retry: {
      maxRetries: 4,
      backoff: { initialDelayMs: 500, maxDelayMs: 8_000, multiplier: 2 },
      // Rate limits and server errors, with the API's retry-after when it sends one; dropped connections too.
      policy: retryPolicies.any(
        retryPolicies.retryAfter(),
        retryPolicies.httpStatus([429, 500, 502, 503]),
        retryPolicies.networkError(),
      ),
    },
  },
});

const result = await run(agent, 'Summarise the incident report.');
console.log(result.finalOutput);
