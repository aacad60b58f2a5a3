import { Agent, definePrices, Runner } from '@baton/agents';

const runner = new Runner({
  // Your own models, or your negotiated prices: USD per million tokens, over the shipped list prices.
  priceTable: definePrices({
    'ft:gpt-4.1-mini:acme::support': {
      input: 0.8,
      cachedInput: 0.2,
      output: 3.2,
    },
  }),
});

const agent = new Agent({
  name: 'Support',
  model: 'ft:gpt-4.1-mini:acme::support',
});
const result = await runner.run(agent, 'Where is my parcel?');

const { cost } = result;
console.log(cost.total, cost.currency); // a number, or null when a model had no price
console.log(
  cost.byAgent.Support,
  cost.byModel['ft:gpt-4.1-mini:acme::support'],
);
console.log(cost.unpricedModels); // [] here
