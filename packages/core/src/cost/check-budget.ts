import type { ModelRequest } from '../model/model.js';
import { BudgetExceededError, UserError } from '../errors/errors.js';
import { estimateRequestTokens } from '../model/estimate-request-tokens.js';
import type { RunState } from '../state/run-state.js';
import { computeCost } from './compute-cost.js';
import { priceOf, priceTokens, type PriceTable } from './price-table.js';

/** A spending limit for one run's model calls. */
export interface RunBudget {
  /** The most the run may spend, in USD at list prices; a request whose estimate would pass it is not sent. */
  maxCostUsd: number;
}

/**
 * Refuses the next request when what the run has spent plus the request's estimate (its input tokens at the
 * uncached price, plus `maxTokens` at the output price when set) passes the budget.
 * @internal
 */
export function checkBudget(options: {
  budget: RunBudget;
  priceTable: PriceTable | undefined;
  state: RunState<any, any>;
  model: string | undefined;
  request: Omit<ModelRequest, 'signal'>;
}): void {
  const { budget, state, model } = options;
  const price =
    model === undefined ? undefined : priceOf(model, options.priceTable);
  if (!price)
    throw new UserError(
      `A budget is set but model "${model ?? '(unnamed)'}" has no price, so its cost cannot be estimated. ` +
        'Add it with `priceTable: definePrices({ ... })`.',
      { state },
    );
  const spent = computeCost(state.usage, { priceTable: options.priceTable });
  if (spent.total === null)
    throw new UserError(
      `A budget is set but the run used unpriced models (${spent.unpricedModels.join(', ')}). Add them with \`priceTable\`.`,
      { state },
    );
  const tokens = estimateRequestTokens(options.request);
  const estimated = priceTokens(price, {
    input: tokens.input,
    cachedInput: 0,
    output: tokens.output,
  });
  if (spent.total + estimated <= budget.maxCostUsd) return;
  throw new BudgetExceededError(
    `The run has spent $${spent.total.toFixed(6)} of its $${budget.maxCostUsd} budget, and the next request to ` +
      `${model} (estimated $${estimated.toFixed(6)}) would pass it, so it was not sent. Resume \`error.state\` ` +
      'with a larger `budget` to go on.',
    {
      state,
      spentUsd: spent.total,
      estimatedUsd: estimated,
      maxCostUsd: budget.maxCostUsd,
    },
  );
}
