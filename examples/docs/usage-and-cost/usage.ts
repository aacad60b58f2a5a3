import { Agent, run } from '@baton/agents';

const billing = new Agent({ name: 'Billing', model: 'gpt-4.1' });
const triage = new Agent({
  name: 'Triage',
  model: 'gpt-4.1-mini',
  handoffs: [billing],
});

const result = await run(triage, 'Why was I charged twice?');

// The whole run.
const { usage } = result;
console.log(usage.requests, usage.inputTokens, usage.outputTokens);
console.log(usage.inputTokensDetails.cached_tokens);
console.log(usage.outputTokensDetails.reasoning_tokens);

// Each request, with the agent that made it and the model it went to.
for (const entry of usage.requestUsageEntries ?? [])
  console.log(
    entry.agentName,
    entry.model,
    entry.inputTokens,
    entry.outputTokens,
  );

// Each agent.
for (const [agent, agentUsage] of Object.entries(result.usageByAgent))
  console.log(agent, agentUsage.totalTokens);
