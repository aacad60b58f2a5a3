import { UserError } from '../errors/errors.js';

/** A model's list prices in US dollars per million tokens. */
export interface ModelPrice {
  /** Uncached input tokens. */
  input: number;
  /** Input tokens served from the prompt cache. Default: the `input` price. */
  cachedInput?: number;
  /** Output tokens; reasoning tokens are output tokens and cost the same. */
  output: number;
}

/** Prices by model name. A dated snapshot (`gpt-4o-2024-08-06`) is priced as its model unless it has its own entry. */
export type PriceTable = Readonly<Record<string, ModelPrice>>;

/** The day {@link defaultPriceTable} was checked against OpenAI's published prices. */
export const PRICES_CHECKED_ON = '2026-12-01';

/**
 * OpenAI's standard-tier list prices for text tokens (USD per 1M tokens), from the model pages of
 * developers.openai.com/api/docs (see docs/usage-and-cost.md for the date and the exceptions). Batch, flex and
 * priority tiers, audio and image tokens and tool-call fees are not in it.
 */
export const defaultPriceTable: PriceTable = Object.freeze({
  'gpt-5': { input: 1.25, cachedInput: 0.125, output: 10 },
  'gpt-5-mini': { input: 0.25, cachedInput: 0.025, output: 2 },
  'gpt-5-nano': { input: 0.05, cachedInput: 0.005, output: 0.4 },
  'gpt-5-codex': { input: 1.25, cachedInput: 0.125, output: 10 },
  'gpt-4.1': { input: 2, cachedInput: 0.5, output: 8 },
  'gpt-4.1-mini': { input: 0.4, cachedInput: 0.1, output: 1.6 },
  'gpt-4.1-nano': { input: 0.1, cachedInput: 0.025, output: 0.4 },
  'gpt-4o': { input: 2.5, cachedInput: 1.25, output: 10 },
  'gpt-4o-mini': { input: 0.15, cachedInput: 0.075, output: 0.6 },
  o1: { input: 15, cachedInput: 7.5, output: 60 },
  o3: { input: 2, cachedInput: 0.5, output: 8 },
  'o3-mini': { input: 1.1, cachedInput: 0.55, output: 4.4 },
  'o4-mini': { input: 1.1, cachedInput: 0.275, output: 4.4 },
});

/**
 * Checks prices and returns them as a {@link PriceTable}, for the `priceTable` option, which extends (and for the
 * same names overrides) the shipped OpenAI prices.
 *
 * @example
 * const runner = new Runner({
 *   priceTable: definePrices({ 'my-finetune': { input: 3, cachedInput: 1.5, output: 12 } }),
 * });
 * @see docs/usage-and-cost.md
 */
export function definePrices(prices: Record<string, ModelPrice>): PriceTable {
  for (const [model, price] of Object.entries(prices)) {
    for (const field of ['input', 'cachedInput', 'output'] as const) {
      const value = price[field];
      if (value === undefined && field === 'cachedInput') continue;
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
        throw new UserError(
          `definePrices: "${model}".${field} must be a price in USD per million tokens (a number ≥ 0); got ${String(value)}.`,
        );
    }
  }
  return Object.freeze({ ...prices });
}

/** @internal The price of `model` in the shipped table extended by `table`; undefined when neither has it. */
export function priceOf(
  model: string,
  table: PriceTable | undefined,
): ModelPrice | undefined {
  const exact = table?.[model] ?? defaultPriceTable[model];
  if (exact) return exact;
  const undated = model.replace(/-\d{4}-\d{2}-\d{2}$/, '');
  if (undated === model) return undefined;
  return table?.[undated] ?? defaultPriceTable[undated];
}

/** @internal The dollars of one request's tokens at `price`; cached input at its discount, reasoning as output. */
export function priceTokens(
  price: ModelPrice,
  tokens: { input: number; cachedInput: number; output: number },
): number {
  const cached = Math.min(tokens.cachedInput, tokens.input);
  return (
    ((tokens.input - cached) * price.input +
      cached * (price.cachedInput ?? price.input) +
      tokens.output * price.output) /
    1_000_000
  );
}
