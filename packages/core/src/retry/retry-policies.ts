import type {
  RetryDecision,
  RetryPolicy,
  RetryPolicyContext,
} from './retry-settings.js';

type DecisionObject = Exclude<RetryDecision, boolean>;

// A provider's explicit "do not retry" that `any` must not outvote with another policy's yes.
const vetoes = new WeakSet<object>();

/** @internal Turns a policy's boolean or object answer into one object. */
export function resolveDecision(decision: RetryDecision): DecisionObject {
  return typeof decision === 'boolean' ? { retry: decision } : decision;
}

/**
 * Ready-made retry policies, with the names `@openai/agents` gives them. Pass one (or a composition) as
 * `modelSettings.retry.policy`.
 *
 * @example
 * const retry = {
 *   maxRetries: 3,
 *   policy: retryPolicies.any(retryPolicies.httpStatus([429, 500, 502, 503]), retryPolicies.networkError()),
 * };
 * @see docs/retries-and-rate-limits.md
 */
export const retryPolicies = {
  /** Never retries. */
  never(): RetryPolicy {
    return () => false;
  },
  /**
   * Follows the model's own advice (`Model.getRetryAdvice`; for OpenAI, the `x-should-retry` header and the
   * client's status rules), waiting what it recommends. A "do not retry" from the provider wins inside `any`.
   */
  providerSuggested(): RetryPolicy {
    return ({ providerAdvice, normalized }) => {
      if (providerAdvice?.suggested === false) {
        const veto = { retry: false, reason: providerAdvice.reason };
        vetoes.add(veto);
        return veto;
      }
      if (providerAdvice?.suggested !== true) return false;
      return {
        retry: true,
        delayMs: providerAdvice.retryAfterMs ?? normalized.retryAfterMs,
        reason: providerAdvice.reason,
        ...(providerAdvice.replaySafety === 'safe' && {
          approveUnsafeReplay: true,
        }),
      };
    };
  },
  /** Retries transport failures: refused or reset connections, streams cut off before any output, timeouts. */
  networkError(): RetryPolicy {
    return ({ normalized }) => normalized.isNetworkError;
  },
  /** Retries HTTP errors with one of these statuses. */
  httpStatus(statuses: number[]): RetryPolicy {
    const allowed = new Set(statuses);
    return ({ normalized }) =>
      normalized.statusCode !== undefined && allowed.has(normalized.statusCode);
  },
  /** Retries whenever the provider said how long to wait (`retry-after-ms` / `retry-after`), waiting exactly that. */
  retryAfter(): RetryPolicy {
    return ({ normalized }) =>
      normalized.retryAfterMs === undefined
        ? false
        : { retry: true, delayMs: normalized.retryAfterMs };
  },
  /** Retries when any of the policies says so (the first yes decides the delay); a provider's veto wins. */
  any(...policies: RetryPolicy[]): RetryPolicy {
    return async (context: RetryPolicyContext) => {
      let first: DecisionObject | undefined;
      for (const policy of policies) {
        const decision = resolveDecision(await policy(context));
        if (vetoes.has(decision)) return decision;
        if (decision.retry) first ??= decision;
      }
      return first ?? false;
    };
  },
  /** Retries only when every policy says so; the last delay named wins. No policies: no retry. */
  all(...policies: RetryPolicy[]): RetryPolicy {
    return async (context: RetryPolicyContext) => {
      if (policies.length === 0) return false;
      const merged: DecisionObject = { retry: true };
      for (const policy of policies) {
        const decision = resolveDecision(await policy(context));
        if (!decision.retry) return decision;
        if (decision.delayMs !== undefined) merged.delayMs = decision.delayMs;
        if (decision.reason !== undefined) merged.reason = decision.reason;
        if (decision.approveUnsafeReplay) merged.approveUnsafeReplay = true;
      }
      return merged;
    };
  },
} as const;
