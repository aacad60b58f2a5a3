import type { Usage } from '../context/usage.js';
import { getLogger } from '../logging/get-logger.js';
import { priceOf, priceTokens, type PriceTable } from './price-table.js';

/** What a run's model calls cost, in US dollars at list prices. */
export interface RunCost {
  /** The whole run; `null` when a request went to a model without a price (see `unpricedModels`). */
  total: number | null;
  /** Always `'USD'`. */
  currency: 'USD';
  /** By agent name; `null` for an agent that used an unpriced model. */
  byAgent: Record<string, number | null>;
  /** By model name; `null` for a model without a price. */
  byModel: Record<string, number | null>;
  /** Models the run used that the price table lacks: add them with `priceTable`. */
  unpricedModels: string[];
}

const warned = new Set<string>();

/**
 * Prices a run's usage request by request (`usage.requestUsageEntries`), with the shipped OpenAI prices extended
 * by `priceTable`. A model without a price makes the figures it enters `null`, never zero, and is warned about
 * once per process.
 * @see docs/usage-and-cost.md
 */
export function computeCost(
  usage: Usage,
  options: { priceTable?: PriceTable } = {},
): RunCost {
  const cost: RunCost = {
    total: 0,
    currency: 'USD',
    byAgent: {},
    byModel: {},
    unpricedModels: [],
  };
  const entries = usage.requestUsageEntries ?? [];
  // Requests without an entry (usage summed elsewhere) cannot be priced.
  if (entries.length < usage.requests) cost.total = null;
  for (const entry of entries) {
    const model = entry.model ?? 'unknown';
    const agent = entry.agentName ?? 'unknown';
    const price =
      entry.model === undefined
        ? undefined
        : priceOf(entry.model, options.priceTable);
    if (!price) {
      markUnpriced(cost, model, agent);
      continue;
    }
    const dollars = priceTokens(price, {
      input: entry.inputTokens,
      cachedInput: entry.inputTokensDetails.cached_tokens ?? 0,
      output: entry.outputTokens,
    });
    cost.total = add(cost.total, dollars);
    cost.byModel[model] = add(cost.byModel[model] ?? 0, dollars);
    cost.byAgent[agent] = add(cost.byAgent[agent] ?? 0, dollars);
  }
  return cost;
}

function add(sum: number | null, dollars: number): number | null {
  return sum === null ? null : sum + dollars;
}

function markUnpriced(cost: RunCost, model: string, agent: string): void {
  cost.total = null;
  cost.byModel[model] = null;
  cost.byAgent[agent] = null;
  if (!cost.unpricedModels.includes(model)) cost.unpricedModels.push(model);
  if (warned.has(model)) return;
  warned.add(model);
  getLogger('baton:cost').warn(
    `No price for model "${model}": its cost is unknown (null), not zero. Add it with ` +
      "`new Runner({ priceTable: definePrices({ '...': { input, cachedInput, output } }) })`.",
  );
}
