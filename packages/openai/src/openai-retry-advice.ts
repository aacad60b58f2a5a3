import {
  ModelRequestError,
  type ModelRetryAdvice,
  type ModelRetryAdviceRequest,
} from '@baton/core';

/**
 * @internal What the OpenAI API says about a failed request, for `retryPolicies.providerSuggested()`: the
 * `x-should-retry` header first (the API's own word, which also makes a repeat safe), else the `openai` client's
 * rule (408, 409, 429 and 5xx, and failed connections) for requests that carry no server-side state. A 429 is
 * always safe to repeat: the API refused it before doing any work.
 */
export function openAIRetryAdvice({
  error,
  request,
}: ModelRetryAdviceRequest): ModelRetryAdvice | undefined {
  if (!ModelRequestError.isInstance(error)) return undefined;
  const reason = error.message;
  const header = error.headers?.['x-should-retry']?.trim().toLowerCase();
  if (header === 'true')
    return { suggested: true, replaySafety: 'safe', reason, ...delay(error) };
  if (header === 'false') return { suggested: false, reason };
  const status = error.status;
  if (status === 429)
    return { suggested: true, replaySafety: 'safe', reason, ...delay(error) };
  if (request.previousResponseId !== undefined) return undefined;
  const retryable =
    error.networkError === true ||
    status === 408 ||
    status === 409 ||
    (status !== undefined && status >= 500);
  return retryable ? { suggested: true, reason, ...delay(error) } : undefined;
}

function delay(error: ModelRequestError): { retryAfterMs?: number } {
  return error.retryAfterMs === undefined
    ? {}
    : { retryAfterMs: error.retryAfterMs };
}
