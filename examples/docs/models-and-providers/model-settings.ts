import { Agent, Runner, type ModelSettings } from '@baton/agents';

const careful: ModelSettings = {
  temperature: 0.2,
  maxTokens: 800,
  toolChoice: 'auto',
  parallelToolCalls: true,
  truncation: 'auto',
  promptCacheKey: 'support-bot-v3',
  metadata: { team: 'support' },
  // Anything Baton has no field for goes into the request body as it is.
  providerData: { service_tier: 'flex' },
};

export const runner = new Runner({ modelSettings: careful });

// Agent settings override the runner's, field by field.
export const reasoner = new Agent({
  name: 'Reasoner',
  model: 'o4-mini',
  modelSettings: {
    reasoning: { effort: 'high', summary: 'auto' },
    maxTokens: 4_000,
  },
});
