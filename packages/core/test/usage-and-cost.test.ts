import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  Agent,
  BudgetExceededError,
  computeCost,
  definePrices,
  handoff,
  RunState,
  Runner,
  Usage,
  UserError,
  type ModelResponse,
} from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';

afterEach(() => {
  vi.restoreAllMocks();
});

class NamedModel extends FakeModel {
  constructor(
    readonly name: string,
    steps: ConstructorParameters<typeof FakeModel>[0],
  ) {
    super(steps);
  }
}

function withUsage(
  response: ModelResponse,
  usage: { input: number; cached?: number; output: number; reasoning?: number },
): ModelResponse {
  return {
    ...response,
    usage: {
      inputTokens: usage.input,
      outputTokens: usage.output,
      totalTokens: usage.input + usage.output,
      inputTokensDetails: { cached_tokens: usage.cached ?? 0 },
      outputTokensDetails: { reasoning_tokens: usage.reasoning ?? 0 },
    },
  };
}

function triageRun() {
  const billing = new Agent({
    name: 'Billing',
    model: new NamedModel('gpt-4.1', [
      withUsage(text('Refunded.'), {
        input: 2_000,
        cached: 1_000,
        output: 500,
        reasoning: 100,
      }),
    ]),
  });
  const triage = new Agent({
    name: 'Triage',
    model: new NamedModel('gpt-4o-mini-2024-07-18', [
      withUsage(respond([call('transfer_to_Billing', {})]), {
        input: 1_000,
        cached: 400,
        output: 50,
      }),
    ]),
    handoffs: [handoff(billing)],
  });
  return triage;
}

describe('usage per request and per agent', () => {
  it('records one RequestUsage per request, naming its agent and model', async () => {
    const result = await new Runner().run(triageRun(), 'refund please');
    const entries = result.usage.requestUsageEntries ?? [];
    expect(entries.map((entry) => [entry.agentName, entry.model])).toEqual([
      ['Triage', 'gpt-4o-mini-2024-07-18'],
      ['Billing', 'gpt-4.1'],
    ]);
    expect(entries[1]!.inputTokensDetails.cached_tokens).toBe(1_000);
    expect(entries[1]!.outputTokensDetails.reasoning_tokens).toBe(100);
    expect(result.usageByAgent.Billing!.outputTokens).toBe(500);
    expect(result.usageByAgent.Triage!.inputTokensDetails.cached_tokens).toBe(
      400,
    );
    expect(result.usage.inputTokensDetails.cached_tokens).toBe(1_400);
  });

  it('keeps the entries through a saved and restored run state', async () => {
    const agent = triageRun();
    const result = await new Runner().run(agent, 'refund please');
    const restored = await RunState.fromString(agent, result.state.toString());
    expect(
      restored.usage.requestUsageEntries?.map((entry) => entry.toJSON()),
    ).toEqual(result.usage.requestUsageEntries?.map((entry) => entry.toJSON()));
  });

  it('sums totals and copies the entries of another Usage', () => {
    const total = new Usage();
    total.add({ inputTokens: 10, outputTokens: 5, totalTokens: 15 });
    const other = new Usage();
    other.add({ inputTokens: 1, outputTokens: 2 }, { agentName: 'B' });
    total.add(other);
    expect(total.requests).toBe(2);
    expect(total.requestUsageEntries?.map((entry) => entry.agentName)).toEqual([
      undefined,
      'B',
    ]);
  });
});

describe('cost', () => {
  it('prices each request at list prices: cached input at its discount, reasoning as output', async () => {
    const result = await new Runner().run(triageRun(), 'refund please');
    // gpt-4o-mini (dated snapshot): 600 × 0.15 + 400 × 0.075 + 50 × 0.60 per million
    const triage = (600 * 0.15 + 400 * 0.075 + 50 * 0.6) / 1e6;
    // gpt-4.1: 1,000 × 2 + 1,000 × 0.50 + 500 × 8 per million (the 100 reasoning tokens are among the 500)
    const billing = (1_000 * 2 + 1_000 * 0.5 + 500 * 8) / 1e6;
    const cost = result.cost;
    expect(cost.currency).toBe('USD');
    expect(cost.total).toBeCloseTo(triage + billing, 12);
    expect(cost.byAgent.Triage).toBeCloseTo(triage, 12);
    expect(cost.byAgent.Billing).toBeCloseTo(billing, 12);
    expect(cost.byModel['gpt-4.1']).toBeCloseTo(billing, 12);
    expect(cost.unpricedModels).toEqual([]);
  });

  it('uses the runner’s price table over the shipped prices', async () => {
    const agent = new Agent({
      name: 'A',
      model: new NamedModel('my-model', [
        withUsage(text('hi'), { input: 1_000_000, output: 1_000_000 }),
      ]),
    });
    const runner = new Runner({
      priceTable: definePrices({ 'my-model': { input: 1, output: 3 } }),
    });
    expect((await runner.run(agent, 'x')).cost.total).toBeCloseTo(4, 10);
  });

  it('marks a model without a price as unknown, not zero, and warns once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const agent = () =>
      new Agent({
        name: 'A',
        model: new NamedModel('mystery-model-x', [text('hi')]),
      });
    const first = await new Runner().run(agent(), 'x');
    await new Runner().run(agent(), 'x');
    expect(first.cost.total).toBeNull();
    expect(first.cost.byModel['mystery-model-x']).toBeNull();
    expect(first.cost.unpricedModels).toEqual(['mystery-model-x']);
    computeCost(first.usage);
    const warnings = warn.mock.calls.filter((args) =>
      String(args.join(' ')).includes('mystery-model-x'),
    );
    expect(warnings).toHaveLength(1);
  });

  it('refuses prices that are not numbers', () => {
    expect(() =>
      definePrices({ m: { input: -1, output: 1 } as never }),
    ).toThrow(UserError);
  });
});

describe('budget', () => {
  const expensive = () =>
    new NamedModel('gpt-4.1', [
      withUsage(respond([call('transfer_to_B', {})]), {
        input: 100_000,
        output: 0,
      }),
      withUsage(text('done'), { input: 1_000, output: 100 }),
    ]);

  it('stops the run before a request that would pass the budget, and a larger budget resumes it', async () => {
    const model = expensive();
    const b = new Agent({ name: 'B', model });
    const a = new Agent({ name: 'A', model, handoffs: [handoff(b)] });
    // The first request costs $0.20; the second's estimate (its input at $2/M) does not fit in what is left.
    const error = await new Runner()
      .run(a, 'go', { budget: { maxCostUsd: 0.2 } })
      .catch((caught: unknown) => caught);
    expect(BudgetExceededError.isInstance(error)).toBe(true);
    const exceeded = error as BudgetExceededError;
    expect(exceeded.spentUsd).toBeCloseTo(0.2, 10);
    expect(exceeded.estimatedUsd).toBeGreaterThan(0);
    expect(exceeded.maxCostUsd).toBe(0.2);
    expect(model.requests).toHaveLength(1);

    const resumed = await new Runner().run(a, exceeded.state!, {
      budget: { maxCostUsd: 1 },
    });
    expect(resumed.finalOutput).toBe('done');
    expect(model.requests).toHaveLength(2);
  });

  it('counts maxTokens at the output price in the estimate', async () => {
    const model = new NamedModel('gpt-4.1', [text('never')]);
    const agent = new Agent({
      name: 'A',
      model,
      modelSettings: { maxTokens: 100_000 },
    });
    // 100,000 output tokens at $8/M are $0.80.
    await expect(
      new Runner().run(agent, 'x', { budget: { maxCostUsd: 0.5 } }),
    ).rejects.toBeInstanceOf(BudgetExceededError);
    expect(model.requests).toHaveLength(0);
  });

  it('asks for a price rather than guess when the model has none', async () => {
    const agent = new Agent({
      name: 'A',
      model: new NamedModel('mystery-model-y', [text('hi')]),
    });
    await expect(
      new Runner({ budget: { maxCostUsd: 1 } }).run(agent, 'x'),
    ).rejects.toThrow(/has no price/);
  });
});
