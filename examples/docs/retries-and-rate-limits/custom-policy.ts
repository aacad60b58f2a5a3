import { Agent, retryPolicies, type RetryPolicy } from '@baton/agents';

// Retry what OpenAI says to retry, but never wait longer than 10 seconds: give up instead.
const patient: RetryPolicy = async (context) => {
  const decision = await retryPolicies.providerSuggested()(context);
  const wait = context.normalized.retryAfterMs ?? 0;
  if (wait > 10_000) return { retry: false, reason: `asked to wait ${wait}ms` };
  return decision;
};

export const agent = new Agent({
  name: 'Assistant',
  modelSettings: { retry: { maxRetries: 3, policy: patient } },
});
