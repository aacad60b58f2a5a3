import type { ModelRequest } from '../model/model.js';

/** What a retry policy answers: retry or not, optionally with its own delay (the `@openai/agents` shape). */
export type RetryDecision =
  | boolean
  | {
      /** Whether to send the request again. */
      retry: boolean;
      /** Wait this long before the next attempt, in milliseconds, instead of the backoff's delay. */
      delayMs?: number;
      /** Why, for logs. */
      reason?: string;
      /**
       * Retry even though the provider says the first attempt may have done work (a stateful request, a timeout).
       * A streamed attempt that already reached the caller is never retried, approved or not.
       */
      approveUnsafeReplay?: boolean;
    };

/** The facts a policy decides on, read from the error whatever provider threw it. */
export interface ModelRetryNormalizedError {
  /** The HTTP status, when the failure was an HTTP answer. */
  statusCode?: number;
  /** The wait the provider asked for (`retry-after-ms`, `retry-after`), in milliseconds. */
  retryAfterMs?: number;
  /** The provider's or the transport's error code (`rate_limit_exceeded`, `ECONNRESET`...). */
  errorCode?: string;
  /** Whether the request failed in transport: refused or reset connection, a stream cut off, a timeout. */
  isNetworkError: boolean;
  /** Whether the failure was an abort. Aborts are never retried. */
  isAbort: boolean;
}

/** A model's own view of a failed request (see `Model.getRetryAdvice`). */
export interface ModelRetryAdvice {
  /** Whether the provider recommends a retry; `retryPolicies.providerSuggested()` follows it. */
  suggested?: boolean;
  /** A wait the provider recommends, in milliseconds. */
  retryAfterMs?: number;
  /** Why, for logs. */
  reason?: string;
  /** Whether sending the request again is safe (`'safe'`), may repeat work (`'unsafe'`), or unknown (left out). */
  replaySafety?: 'safe' | 'unsafe';
  /** Whether the provider had started answering when the request failed. */
  responseStarted?: boolean;
  /** Facts that override what Baton reads from the error itself. */
  normalized?: Partial<ModelRetryNormalizedError>;
}

/** What a {@link RetryPolicy} is called with after a failed attempt. */
export interface RetryPolicyContext {
  /** What the attempt threw. */
  error: unknown;
  /** The number of the failed attempt, from 1. */
  attempt: number;
  /** The `maxRetries` of the settings. */
  maxRetries: number;
  /** Whether the attempt was streamed. */
  stream: boolean;
  /** The model's advice, when it gives any. */
  providerAdvice?: ModelRetryAdvice;
  /** Status, retry-after, network or abort, read from the error. */
  normalized: ModelRetryNormalizedError;
  /** The request's `previousResponseId`, when it continues a stored response. */
  readonly previousResponseId?: string;
  /** Whether the request continues server-side state (a repeat could apply it twice unless the provider says safe). */
  readonly statefulRequest: boolean;
  /** The provider's replay classification, `'unknown'` when it gave none. */
  readonly replaySafety: 'safe' | 'unsafe' | 'unknown';
}

/** Decides whether a failed model request is sent again. Compose policies with `retryPolicies.any` / `all`. */
export type RetryPolicy = (
  context: RetryPolicyContext,
) => RetryDecision | Promise<RetryDecision>;

/** Exponential backoff between attempts. */
export interface ModelRetryBackoffSettings {
  /** The delay before the first retry, in milliseconds. Default 250. */
  initialDelayMs?: number;
  /** The longest delay between attempts, in milliseconds. Default 2000. */
  maxDelayMs?: number;
  /** The factor the delay grows by after each retry. Default 2. */
  multiplier?: number;
  /** Whether each delay is spread by ±12.5% so that many runs do not retry in step. Default true. */
  jitter?: boolean;
}

/**
 * Retries of one model request, as `@openai/agents` configures them in `modelSettings.retry`. Nothing is retried
 * unless `policy` says so. While Baton's retries are on, the OpenAI models send each attempt with the `openai`
 * client's own retries off, so attempts never multiply.
 * @see docs/retries-and-rate-limits.md
 */
export interface ModelRetrySettings {
  /** Retries allowed after the first attempt. Default 0. */
  maxRetries?: number;
  /** The delay between attempts when the policy names none (and the provider asked for no `retry-after`). */
  backoff?: ModelRetryBackoffSettings;
  /** Which failures to retry, such as `retryPolicies.any(retryPolicies.httpStatus([429, 500]), retryPolicies.networkError())`. */
  policy?: RetryPolicy;
}

/** What `Model.getRetryAdvice` is asked about. */
export interface ModelRetryAdviceRequest {
  /** The request that failed (without its signal). */
  request: ModelRequest;
  /** What the attempt threw. */
  error: unknown;
  /** Whether it was streamed. */
  stream: boolean;
  /** The number of the failed attempt, from 1. */
  attempt: number;
}
