import { Agent, BudgetExceededError, run } from '@baton/agents';

const agent = new Agent({
  name: 'Researcher',
  model: 'gpt-4.1',
  modelSettings: { maxTokens: 2_000 },
});

try {
  await run(agent, 'Survey the literature on baton passing.', {
    budget: { maxCostUsd: 0.05 },
  });
} catch (error) {
  if (!BudgetExceededError.isInstance(error)) throw error;
  console.log(`spent $${error.spentUsd}, next request ~$${error.estimatedUsd}`);
  // Approve more and go on from where the run stopped.
  const resumed = await run(agent, error.state!, {
    budget: { maxCostUsd: 0.2 },
  });
  console.log(resumed.finalOutput, resumed.cost.total);
}
