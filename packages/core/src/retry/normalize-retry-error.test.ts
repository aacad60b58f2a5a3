import { describe, expect, it } from 'vitest';
import { ModelRequestError, StreamInterruptedError } from '../errors/errors.js';
import {
  normalizeRetryError,
  retryAfterFromHeaders,
} from './normalize-retry-error.js';

describe('retryAfterFromHeaders', () => {
  it('prefers retry-after-ms, then reads retry-after as seconds or an HTTP date', () => {
    expect(
      retryAfterFromHeaders({ 'retry-after-ms': '250', 'retry-after': '9' }),
    ).toBe(250);
    expect(retryAfterFromHeaders({ 'retry-after': '2' })).toBe(2000);
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    const fromDate = retryAfterFromHeaders({ 'retry-after': inTenSeconds });
    expect(fromDate).toBeGreaterThan(8000);
    expect(fromDate).toBeLessThanOrEqual(10_000);
    expect(retryAfterFromHeaders({ 'retry-after': 'soon' })).toBeUndefined();
    expect(retryAfterFromHeaders({})).toBeUndefined();
  });
});

describe('normalizeRetryError', () => {
  it("reads status, code and the provider's wait from a ModelRequestError", () => {
    const error = new ModelRequestError('429', {
      status: 429,
      code: 'rate_limit_exceeded',
      retryAfterMs: 1200,
    });
    expect(normalizeRetryError(error, undefined)).toEqual({
      statusCode: 429,
      errorCode: 'rate_limit_exceeded',
      retryAfterMs: 1200,
      isNetworkError: false,
      isAbort: false,
    });
  });

  it('counts resets, broken streams and network error codes in the cause chain as network errors', () => {
    const reset = Object.assign(new Error('socket hang up'), {
      code: 'ECONNRESET',
    });
    expect(
      normalizeRetryError(
        new Error('fetch failed', { cause: reset }),
        undefined,
      ).isNetworkError,
    ).toBe(true);
    expect(
      normalizeRetryError(new StreamInterruptedError('cut'), undefined)
        .isNetworkError,
    ).toBe(true);
    expect(
      normalizeRetryError(
        new ModelRequestError('down', { networkError: true }),
        undefined,
      ).isNetworkError,
    ).toBe(true);
  });

  it('reads headers of other clients’ errors and lets provider advice override', () => {
    const foreign = Object.assign(new Error('429'), {
      status: 429,
      headers: new Headers({ 'Retry-After': '3' }),
    });
    expect(normalizeRetryError(foreign, undefined).retryAfterMs).toBe(3000);
    expect(
      normalizeRetryError(foreign, undefined, { retryAfterMs: 10 })
        .retryAfterMs,
    ).toBe(10);
    const aborted = AbortSignal.abort();
    expect(normalizeRetryError(foreign, aborted).isAbort).toBe(true);
  });
});
