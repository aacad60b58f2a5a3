import { Agent, run, type RunContext } from '@baton/agents';

interface Customer {
  name: string;
  plan: 'free' | 'pro';
}

// Instructions can be a function of the run's context; it is called again on every turn.
const support = new Agent<Customer>({
  name: 'Support',
  instructions: (runContext: RunContext<Customer>) =>
    `You help ${runContext.context.name}, who is on the ${runContext.context.plan} plan. Be concise.`,
});

// `context` reaches instructions and tools, never the model.
const result = await run(support, 'Can I add a second user?', {
  context: { name: 'Ada', plan: 'free' },
});
console.log(result.finalOutput);
