import { StreamInterruptedError } from '../errors/errors.js';
import type { Model, ModelRequest } from '../model/model.js';
import { normalizeRetryError } from './normalize-retry-error.js';
import { resolveDecision } from './retry-policies.js';
import type { ModelRetryAdvice, ModelRetrySettings } from './retry-settings.js';
import { backoffDelay } from './wait-before-retry.js';

/** What {@link decideRetry} weighs. @internal */
export interface FailedAttempt {
  error: unknown;
  /** The failed attempt's number, from 1. */
  attempt: number;
  /** Whether any of the attempt's stream events reached the caller: such an attempt is never repeated. */
  forwarded: boolean;
  stream: boolean;
  model: Model;
  request: Omit<ModelRequest, 'signal'>;
  signal: AbortSignal;
  /** How often a broken stream is retried when `modelSettings.retry` is not set (the runner's `streamRetries`). */
  streamRetries: number;
}

/**
 * The one retry rule of a model call: with `modelSettings.retry`, its policy decides (after the safety vetoes:
 * aborts, output already streamed, repeats the provider calls unsafe); without it, only a stream that broke
 * before reaching the caller is retried, at once, up to `streamRetries` times. Returns the wait before the next
 * attempt, or undefined for no retry.
 * @internal
 */
export async function decideRetry(
  failed: FailedAttempt,
): Promise<number | undefined> {
  const { error, attempt, signal } = failed;
  if (signal.aborted || failed.forwarded) return undefined;
  const settings = failed.request.modelSettings.retry;
  if (!settings)
    return StreamInterruptedError.isInstance(error) &&
      attempt <= failed.streamRetries
      ? 0
      : undefined;
  return decideByPolicy(failed, settings);
}

async function decideByPolicy(
  failed: FailedAttempt,
  settings: ModelRetrySettings,
): Promise<number | undefined> {
  const { error, attempt, signal, request } = failed;
  const maxRetries = settings.maxRetries ?? 0;
  if (!settings.policy || attempt > maxRetries) return undefined;
  const advice = await adviceOf(failed);
  const normalized = normalizeRetryError(error, signal, advice);
  if (normalized.isAbort) return undefined;
  const replaySafety = advice?.replaySafety ?? 'unknown';
  const statefulRequest = request.previousResponseId !== undefined;
  const decision = resolveDecision(
    await settings.policy({
      error,
      attempt,
      maxRetries,
      stream: failed.stream,
      ...(advice && { providerAdvice: advice }),
      normalized,
      ...(request.previousResponseId !== undefined && {
        previousResponseId: request.previousResponseId,
      }),
      statefulRequest,
      replaySafety,
    }),
  );
  if (!decision.retry || signal.aborted) return undefined;
  // A repeat of work the server may have done (stored state, a half-processed call) needs the provider's word
  // that it is safe, or the policy's explicit approval.
  const mayRepeatWork =
    replaySafety === 'unsafe' || (statefulRequest && replaySafety !== 'safe');
  if (mayRepeatWork && !decision.approveUnsafeReplay) return undefined;
  return (
    decision.delayMs ??
    normalized.retryAfterMs ??
    backoffDelay(attempt, settings.backoff)
  );
}

async function adviceOf(
  failed: FailedAttempt,
): Promise<ModelRetryAdvice | undefined> {
  if (!failed.model.getRetryAdvice) return undefined;
  try {
    return await failed.model.getRetryAdvice({
      request: failed.request,
      error: failed.error,
      stream: failed.stream,
      attempt: failed.attempt,
    });
  } catch {
    // Advice is optional: a model that cannot give it leaves the decision to the policy.
    return undefined;
  }
}
