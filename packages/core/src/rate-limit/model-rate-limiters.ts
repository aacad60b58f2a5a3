import { RateLimiter, type ModelRateLimits } from './rate-limiter.js';

const limiters = new Map<string, RateLimiter>();

/**
 * The process's limiter for `model`: every runner that sets limits for the same model name shares it, so their
 * runs queue together. Limits given again replace the ones in force.
 * @internal
 */
export function modelRateLimiter(
  model: string,
  limits: ModelRateLimits,
): RateLimiter {
  const existing = limiters.get(model);
  if (!existing) {
    const limiter = new RateLimiter(limits);
    limiters.set(model, limiter);
    return limiter;
  }
  if (!sameLimits(existing.limits, limits)) existing.setLimits(limits);
  return existing;
}

/** @internal Runner settings → one limiter per model name. */
export function resolveRateLimiters(
  config: Record<string, ModelRateLimits | RateLimiter> | undefined,
): Record<string, RateLimiter> | undefined {
  if (!config) return undefined;
  const resolved: Record<string, RateLimiter> = {};
  for (const [model, value] of Object.entries(config))
    resolved[model] = isLimiter(value) ? value : modelRateLimiter(model, value);
  return resolved;
}

function sameLimits(a: ModelRateLimits, b: ModelRateLimits): boolean {
  return (
    a.concurrency === b.concurrency &&
    a.requestsPerMinute === b.requestsPerMinute &&
    a.tokensPerMinute === b.tokensPerMinute
  );
}

// By shape rather than class, so a limiter from the other build (ESM or CJS) of Baton is recognised too.
function isLimiter(value: ModelRateLimits | RateLimiter): value is RateLimiter {
  return typeof (value as RateLimiter).acquire === 'function';
}
