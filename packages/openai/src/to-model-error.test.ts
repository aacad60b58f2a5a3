import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIError,
  APIUserAbortError,
  RateLimitError,
} from 'openai';
import { ModelRequestError, StreamInterruptedError } from '@baton/core';
import { toModelError } from './to-model-error.js';

describe('toModelError', () => {
  it('turns an HTTP error into ModelRequestError with status, code, cause and the API message', () => {
    const cause = new RateLimitError(
      429,
      { message: 'Slow down', code: 'rate_limit_exceeded' },
      undefined,
      new Headers(),
    );
    const error = toModelError(cause) as ModelRequestError;
    expect(ModelRequestError.isInstance(error)).toBe(true);
    expect(error.status).toBe(429);
    expect(error.code).toBe('rate_limit_exceeded');
    expect(error.cause).toBe(cause);
    expect(error.message).toContain('Slow down');
  });

  it('keeps the response headers and the wait the API asked for', () => {
    const cause = new RateLimitError(
      429,
      { message: 'Slow down' },
      undefined,
      new Headers({ 'Retry-After-Ms': '1500', 'retry-after': '2' }),
    );
    const error = toModelError(cause) as ModelRequestError;
    expect(error.retryAfterMs).toBe(1500);
    expect(error.headers?.['retry-after']).toBe('2');
  });

  it('marks a connection failure as a network error', () => {
    const error = toModelError(
      new APIConnectionError({ message: 'Connection error.' }),
    ) as ModelRequestError;
    expect(error.networkError).toBe(true);
  });

  it('turns an in-stream API error (no status) into ModelRequestError with its code', () => {
    const cause = new APIError(
      undefined,
      { code: 'insufficient_quota', message: 'quota' },
      undefined,
      undefined,
    );
    const error = toModelError(cause, { midStream: true }) as ModelRequestError;
    expect(error.status).toBeUndefined();
    expect(error.code).toBe('insufficient_quota');
  });

  it('turns a connection dropped mid-stream into StreamInterruptedError keeping the cause', () => {
    const cause = new TypeError('terminated');
    const error = toModelError(cause, { midStream: true });
    expect(StreamInterruptedError.isInstance(error)).toBe(true);
    expect((error as Error).cause).toBe(cause);
  });

  it('reports a failure to connect as ModelRequestError', () => {
    const error = toModelError(
      new APIConnectionError({ cause: new Error('ECONNREFUSED') }),
    );
    expect(ModelRequestError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('baseURL');
  });

  it('passes errors through unchanged once the caller aborted', () => {
    const controller = new AbortController();
    controller.abort();
    const cause = new TypeError('terminated');
    expect(
      toModelError(cause, { signal: controller.signal, midStream: true }),
    ).toBe(cause);
    const userAbort = new APIUserAbortError();
    expect(toModelError(userAbort)).toBe(userAbort);
  });
});
