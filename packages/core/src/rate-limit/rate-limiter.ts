import { UserError } from '../errors/errors.js';

/** Limits on the requests to one model, shared by every run that uses the same {@link RateLimiter}. */
export interface ModelRateLimits {
  /** The most requests in flight at once (a streamed request counts until its stream ends). */
  concurrency?: number;
  /** The most requests started in any 60-second window. */
  requestsPerMinute?: number;
  /**
   * The most tokens in any 60-second window: each request counts its estimate when it starts (see
   * docs/retries-and-rate-limits.md), corrected to the tokens its response reports.
   */
  tokensPerMinute?: number;
}

/** A request's place under a {@link RateLimiter}, from the moment it may start until `release`. */
export interface RateLimitLease {
  /** Replaces the request's token estimate with what it really used. */
  settle(tokens: number): void;
  /** Ends the request's hold on the concurrency limit. Safe to call twice. */
  release(): void;
}

interface Started {
  at: number;
  tokens: number;
}

interface Waiter {
  tokens: number;
  resolve: (lease: RateLimitLease) => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

const WINDOW_MS = 60_000;

/**
 * Paces requests to one model: a concurrency cap and requests- and tokens-per-minute budgets over a sliding
 * minute. Requests wait in order (first come, first served); an aborted waiter leaves the queue at once. One
 * limiter is shared by all the runs it is given to; `modelRateLimits` keeps one per model name per process.
 *
 * @example
 * const limiter = new RateLimiter({ concurrency: 8, requestsPerMinute: 500, tokensPerMinute: 200_000 });
 * const runner = new Runner({ modelRateLimits: { 'gpt-4.1-mini': limiter } });
 * @see docs/retries-and-rate-limits.md
 */
export class RateLimiter {
  #limits: ModelRateLimits;
  #active = 0;
  #started: Started[] = [];
  #waiters: Waiter[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(limits: ModelRateLimits) {
    this.#limits = checkLimits(limits);
  }

  /** The limits in force. */
  get limits(): Readonly<ModelRateLimits> {
    return this.#limits;
  }

  /** Requests in flight. */
  get active(): number {
    return this.#active;
  }

  /** Requests waiting for their turn. */
  get pending(): number {
    return this.#waiters.length;
  }

  /** Changes the limits; waiting requests are reconsidered at once. */
  setLimits(limits: ModelRateLimits): void {
    this.#limits = checkLimits(limits);
    this.#pump();
  }

  /**
   * Resolves when a request estimated at `tokens` may start, or rejects with the signal's reason when it aborts
   * first (the request then never counted).
   */
  acquire(tokens: number, signal?: AbortSignal): Promise<RateLimitLease> {
    if (signal?.aborted) return Promise.reject(signal.reason as unknown);
    if (this.#waiters.length === 0 && this.#canStart(tokens))
      return Promise.resolve(this.#start(tokens));
    return new Promise<RateLimitLease>((resolve, reject) => {
      const waiter: Waiter = {
        tokens,
        resolve,
        reject,
        signal,
        onAbort: () => {
          const index = this.#waiters.indexOf(waiter);
          if (index !== -1) this.#waiters.splice(index, 1);
          reject(signal!.reason as unknown);
          this.#pump();
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      this.#waiters.push(waiter);
      this.#pump();
    });
  }

  #canStart(tokens: number): boolean {
    const { concurrency, requestsPerMinute, tokensPerMinute } = this.#limits;
    if (concurrency !== undefined && this.#active >= concurrency) return false;
    if (requestsPerMinute === undefined && tokensPerMinute === undefined)
      return true;
    this.#forgetOld(Date.now());
    if (
      requestsPerMinute !== undefined &&
      this.#started.length >= requestsPerMinute
    )
      return false;
    if (tokensPerMinute === undefined || this.#started.length === 0)
      return true;
    let used = tokens;
    for (const entry of this.#started) used += entry.tokens;
    return used <= tokensPerMinute;
  }

  #start(tokens: number): RateLimitLease {
    this.#active += 1;
    const windowed =
      this.#limits.requestsPerMinute !== undefined ||
      this.#limits.tokensPerMinute !== undefined;
    const entry: Started = { at: Date.now(), tokens };
    if (windowed) this.#started.push(entry);
    let released = false;
    return {
      settle: (actual) => {
        entry.tokens = actual;
        this.#pump();
      },
      release: () => {
        if (released) return;
        released = true;
        this.#active -= 1;
        this.#pump();
      },
    };
  }

  #forgetOld(now: number): void {
    let expired = 0;
    while (
      expired < this.#started.length &&
      this.#started[expired]!.at <= now - WINDOW_MS
    )
      expired += 1;
    if (expired > 0) this.#started.splice(0, expired);
  }

  #pump(): void {
    while (
      this.#waiters.length > 0 &&
      this.#canStart(this.#waiters[0]!.tokens)
    ) {
      const waiter = this.#waiters.shift()!;
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      waiter.resolve(this.#start(waiter.tokens));
    }
    this.#schedule();
  }

  // Only a window can free a slot with nothing else happening; concurrency frees one on release.
  #schedule(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    const oldest = this.#started[0];
    if (this.#waiters.length === 0 || !oldest) return;
    const concurrency = this.#limits.concurrency;
    if (concurrency !== undefined && this.#active >= concurrency) return;
    const wait = Math.max(1, oldest.at + WINDOW_MS - Date.now());
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#pump();
    }, wait);
  }
}

function checkLimits(limits: ModelRateLimits): ModelRateLimits {
  for (const key of [
    'concurrency',
    'requestsPerMinute',
    'tokensPerMinute',
  ] as const) {
    const value = limits[key];
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < 1)
      throw new UserError(
        `Rate limit ${key} must be a positive integer; got ${String(value)}. Leave it out for no limit.`,
      );
  }
  return { ...limits };
}
