import type { ModelRequest } from '@baton/core';

/**
 * @internal The `openai` client's per-request options: the signal, and, while Baton's own retries are configured
 * (`modelSettings.retry`), `maxRetries: 0`, so that one layer retries and attempts never multiply.
 */
export function requestOptions(request: ModelRequest): {
  signal?: AbortSignal;
  maxRetries?: number;
} {
  return request.modelSettings.retry === undefined
    ? { signal: request.signal }
    : { signal: request.signal, maxRetries: 0 };
}
