import type { ServerResponse } from 'node:http';
import { openAIErrorBody } from './http/openai-error-body.js';
import { sendJson } from './http/send-json.js';

/** A rate limit the emulator enforces itself, as the API does per organisation: requests over it get a 429. */
export interface EmulatorRateLimit {
  /** The most model requests in flight at once. */
  maxConcurrent?: number;
  /** The most model requests in any 60-second window. */
  requestsPerMinute?: number;
  /** The `retry-after-ms` a refused request is told (with `retry-after` in whole seconds). Default 1000. */
  retryAfterMs?: number;
}

/** What the emulator has seen of its model requests' concurrency. */
export interface EmulatorStats {
  /** Model requests being answered now. */
  inFlight: number;
  /** The most model requests that were ever in flight at once (since the last `reset()`). */
  maxInFlight: number;
  /** Model requests refused with a 429 by the emulator's own `rateLimit` (faults not counted). */
  rateLimited: number;
}

/** @internal What {@link admitRequest} keeps between requests. */
export interface AdmissionState {
  rateLimit: EmulatorRateLimit | undefined;
  stats: EmulatorStats;
  starts: number[];
}

/**
 * Counts a model request in flight until its answer ends, unless the emulator's rate limit refuses it, in which
 * case it is answered with a 429 (`rate_limit_exceeded`) and false is returned.
 * @internal
 */
export function admitRequest(
  state: AdmissionState,
  res: ServerResponse,
): boolean {
  const { rateLimit, stats } = state;
  const now = Date.now();
  if (rateLimit) {
    while (state.starts.length > 0 && state.starts[0]! <= now - 60_000)
      state.starts.shift();
    const overConcurrency =
      rateLimit.maxConcurrent !== undefined &&
      stats.inFlight >= rateLimit.maxConcurrent;
    const overRate =
      rateLimit.requestsPerMinute !== undefined &&
      state.starts.length >= rateLimit.requestsPerMinute;
    if (overConcurrency || overRate) {
      stats.rateLimited += 1;
      const ms = rateLimit.retryAfterMs ?? 1000;
      sendJson(
        res,
        429,
        openAIErrorBody(
          'requests',
          `Rate limit reached for requests (emulated). Please try again in ${ms}ms.`,
          'rate_limit_exceeded',
        ),
        {
          'retry-after-ms': String(ms),
          'retry-after': String(Math.ceil(ms / 1000)),
        },
      );
      return false;
    }
    state.starts.push(now);
  }
  stats.inFlight += 1;
  stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
  res.once('close', () => {
    stats.inFlight -= 1;
  });
  return true;
}
