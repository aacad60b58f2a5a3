import { describe, expect, it } from 'vitest';
import { Agent, BudgetExceededError, definePrices, handoff } from '@baton/core';
import { wirePerTest } from './support/wire-setup.js';

const startWire = wirePerTest();

function agents() {
  const billing = new Agent({
    name: 'Billing',
    model: 'gpt-4.1',
    instructions: 'Handle refunds.',
  });
  const triage = new Agent({
    name: 'Triage',
    model: 'gpt-4o-mini',
    instructions: 'Route the customer.',
    handoffs: [handoff(billing)],
  });
  return { triage, billing };
}

const transfer = {
  toolCalls: [{ name: 'transfer_to_Billing', arguments: {} }],
  usage: { inputTokens: 1_500, cachedTokens: 1_024, outputTokens: 40 },
};
const answer = {
  text: 'Your refund is on its way.',
  usage: {
    inputTokens: 3_000,
    cachedTokens: 2_048,
    outputTokens: 700,
    reasoningTokens: 300,
  },
};

describe('usage and cost on the wire', () => {
  it('prices a handoff run from the usage the API reported, by agent and by model', async () => {
    const wire = await startWire({ script: [transfer, answer] });
    const result = await wire.runner.run(agents().triage, 'I want a refund');
    expect(result.lastAgent.name).toBe('Billing');
    // gpt-4o-mini: $0.15 / $0.075 cached / $0.60 per 1M tokens.
    const triage = (476 * 0.15 + 1_024 * 0.075 + 40 * 0.6) / 1e6;
    // gpt-4.1: $2 / $0.50 cached / $8 per 1M; the 300 reasoning tokens are part of the 700 output tokens.
    const billing = (952 * 2 + 2_048 * 0.5 + 700 * 8) / 1e6;
    const { cost } = result;
    expect(cost.total).toBeCloseTo(triage + billing, 12);
    expect(cost.byAgent).toEqual({
      Triage: expect.closeTo(triage, 12),
      Billing: expect.closeTo(billing, 12),
    });
    expect(Object.keys(cost.byModel)).toEqual(['gpt-4o-mini', 'gpt-4.1']);
    const entries = result.usage.requestUsageEntries ?? [];
    expect(
      entries.map((entry) => entry.inputTokensDetails.cached_tokens),
    ).toEqual([1_024, 2_048]);
    expect(entries[1]!.outputTokensDetails.reasoning_tokens).toBe(300);
    expect(result.usage.outputTokensDetails.reasoning_tokens).toBe(300);
  });

  it('prices with the runner’s table when it overrides a shipped price', async () => {
    const wire = await startWire({
      script: [transfer, answer],
      runConfig: {
        priceTable: definePrices({
          'gpt-4.1': { input: 1, cachedInput: 0, output: 0 },
          'gpt-4o-mini': { input: 0, output: 0 },
        }),
      },
    });
    const result = await wire.runner.run(agents().triage, 'I want a refund');
    expect(result.cost.total).toBeCloseTo(952 / 1e6, 12);
  });

  it('stops before the request that would pass the budget; the emulator never sees it', async () => {
    const wire = await startWire({ script: [transfer, answer] });
    const { triage } = agents();
    const budget = { maxCostUsd: 0.0002 };
    const error = await wire.runner
      .run(triage, 'I want a refund', { budget })
      .catch((caught: unknown) => caught);
    expect(BudgetExceededError.isInstance(error)).toBe(true);
    const exceeded = error as BudgetExceededError;
    expect(exceeded.spentUsd).toBeCloseTo(
      (476 * 0.15 + 1_024 * 0.075 + 40 * 0.6) / 1e6,
      12,
    );
    expect(wire.emulator.requests).toHaveLength(1);

    const resumed = await wire.runner.run(triage, exceeded.state!, {
      budget: { maxCostUsd: 1 },
    });
    expect(resumed.finalOutput).toBe('Your refund is on its way.');
    expect(wire.emulator.requests).toHaveLength(2);
    expect(resumed.cost.byAgent.Billing).toBeGreaterThan(0);
  });
});
