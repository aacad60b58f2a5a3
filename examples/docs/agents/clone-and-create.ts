import { Agent } from '@baton/agents';
import { z } from 'zod';

const base = new Agent({ name: 'Writer', instructions: 'Write clearly.' });

// A copy with some fields replaced; the original is unchanged.
export const poet = base.clone({
  name: 'Poet',
  instructions: 'Write everything as a short poem.',
});

const refund = new Agent({
  name: 'Refunds',
  outputType: z.object({ refundId: z.string(), amount: z.number() }),
});

// Agent.create types the final output as the union of this agent's and its handoff targets' outputs.
export const triage = Agent.create({ name: 'Triage', handoffs: [refund] });
// typeof triage: Agent<unknown, 'text' | ZodObject<...>>, so a run's finalOutput is string | { refundId; amount }.
