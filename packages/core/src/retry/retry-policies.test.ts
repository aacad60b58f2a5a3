import { describe, expect, it } from 'vitest';
import { retryPolicies } from './retry-policies.js';
import type { RetryPolicyContext } from './retry-settings.js';

function context(
  normalized: Partial<RetryPolicyContext['normalized']>,
  extra: Partial<RetryPolicyContext> = {},
): RetryPolicyContext {
  return {
    error: new Error('failed'),
    attempt: 1,
    maxRetries: 3,
    stream: false,
    normalized: { isNetworkError: false, isAbort: false, ...normalized },
    statefulRequest: false,
    replaySafety: 'unknown',
    ...extra,
  };
}

describe('retryPolicies', () => {
  it('httpStatus retries only the listed statuses', async () => {
    const policy = retryPolicies.httpStatus([429, 503]);
    expect(await policy(context({ statusCode: 429 }))).toBe(true);
    expect(await policy(context({ statusCode: 400 }))).toBe(false);
    expect(await policy(context({}))).toBe(false);
  });

  it('networkError retries transport failures only', async () => {
    const policy = retryPolicies.networkError();
    expect(await policy(context({ isNetworkError: true }))).toBe(true);
    expect(await policy(context({ statusCode: 500 }))).toBe(false);
  });

  it('retryAfter retries with exactly the wait the provider asked for', async () => {
    const policy = retryPolicies.retryAfter();
    expect(await policy(context({ retryAfterMs: 1500 }))).toEqual({
      retry: true,
      delayMs: 1500,
    });
    expect(await policy(context({ statusCode: 429 }))).toBe(false);
  });

  it('any takes the first yes and its delay; all needs every yes', async () => {
    const any = retryPolicies.any(
      retryPolicies.httpStatus([500]),
      retryPolicies.retryAfter(),
    );
    expect(await any(context({ statusCode: 429, retryAfterMs: 20 }))).toEqual({
      retry: true,
      delayMs: 20,
    });
    expect(await any(context({ statusCode: 400 }))).toBe(false);
    const all = retryPolicies.all(
      retryPolicies.httpStatus([429]),
      retryPolicies.retryAfter(),
    );
    expect(await all(context({ statusCode: 429 }))).toEqual({ retry: false });
    expect(
      await all(context({ statusCode: 429, retryAfterMs: 5 })),
    ).toMatchObject({ retry: true, delayMs: 5 });
    expect(await retryPolicies.all()(context({}))).toBe(false);
  });

  it("lets the provider's explicit no outvote other policies inside any", async () => {
    const policy = retryPolicies.any(
      retryPolicies.providerSuggested(),
      retryPolicies.httpStatus([500]),
    );
    const vetoed = context(
      { statusCode: 500 },
      { providerAdvice: { suggested: false, reason: 'x-should-retry: false' } },
    );
    expect(await policy(vetoed)).toMatchObject({ retry: false });
    const suggested = context(
      { statusCode: 500 },
      { providerAdvice: { suggested: true, retryAfterMs: 7 } },
    );
    expect(await policy(suggested)).toMatchObject({ retry: true, delayMs: 7 });
  });

  it('never never retries', async () => {
    expect(await retryPolicies.never()(context({ statusCode: 429 }))).toBe(
      false,
    );
  });
});
