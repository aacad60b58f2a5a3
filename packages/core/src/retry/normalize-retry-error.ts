import {
  BatonError,
  ModelRequestError,
  ModelTimeoutError,
  StreamInterruptedError,
} from '../errors/errors.js';
import type {
  ModelRetryAdvice,
  ModelRetryNormalizedError,
} from './retry-settings.js';

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENOTFOUND',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/**
 * Reads what a retry policy decides on from whatever a model threw: Baton's own errors first, then the shapes of
 * other clients' errors (`status`, `headers`, `code`, `cause`). The provider's advice overrides what is read.
 * @internal
 */
export function normalizeRetryError(
  error: unknown,
  signal: AbortSignal | undefined,
  advice?: ModelRetryAdvice,
): ModelRetryNormalizedError {
  const normalized: ModelRetryNormalizedError = {
    isNetworkError: isNetworkError(error),
    isAbort: signal?.aborted === true || isAbort(error),
  };
  const status = statusOf(error);
  if (status !== undefined) normalized.statusCode = status;
  const retryAfterMs = retryAfterOf(error);
  if (retryAfterMs !== undefined) normalized.retryAfterMs = retryAfterMs;
  const code = codeOf(error);
  if (code !== undefined) normalized.errorCode = code;
  if (advice?.retryAfterMs !== undefined)
    normalized.retryAfterMs = advice.retryAfterMs;
  return advice?.normalized
    ? { ...normalized, ...advice.normalized }
    : normalized;
}

/**
 * The wait a `retry-after-ms` (milliseconds) or `retry-after` (seconds, or an HTTP date) header asks for; the
 * OpenAI API sends both. Undefined when neither is there or readable.
 */
export function retryAfterFromHeaders(
  headers: Record<string, string> | undefined,
): number | undefined {
  if (!headers) return undefined;
  const ms = Number(headers['retry-after-ms']);
  if (headers['retry-after-ms'] !== undefined && Number.isFinite(ms) && ms >= 0)
    return ms;
  const value = headers['retry-after'];
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (value.trim() !== '' && Number.isFinite(seconds) && seconds >= 0)
    return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

type Bag = Record<string, unknown>;

function asBag(value: unknown): Bag | undefined {
  return typeof value === 'object' && value !== null
    ? (value as Bag)
    : undefined;
}

function statusOf(error: unknown): number | undefined {
  const bag = asBag(error);
  if (!bag) return undefined;
  for (const key of ['status', 'statusCode']) {
    if (typeof bag[key] === 'number') return bag[key];
  }
  return BatonError.isInstance(error) ? undefined : statusOf(bag.cause);
}

function retryAfterOf(error: unknown): number | undefined {
  if (ModelRequestError.isInstance(error) && error.retryAfterMs !== undefined)
    return error.retryAfterMs;
  const bag = asBag(error);
  if (!bag) return undefined;
  const fromHeaders = retryAfterFromHeaders(headersOf(bag.headers));
  return fromHeaders ?? (bag.cause ? retryAfterOf(bag.cause) : undefined);
}

function headersOf(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const headers: Record<string, string> = {};
  const entries =
    typeof (value as Headers).forEach === 'function' &&
    typeof (value as Headers).get === 'function'
      ? [...(value as Headers).entries()]
      : Object.entries(value as Bag);
  for (const [name, header] of entries) {
    if (typeof header === 'string') headers[name.toLowerCase()] = header;
  }
  return headers;
}

function codeOf(error: unknown): string | undefined {
  const bag = asBag(error);
  if (!bag) return undefined;
  if (typeof bag.code === 'string') return bag.code;
  return bag.cause ? codeOf(bag.cause) : undefined;
}

function isNetworkError(error: unknown, depth = 0): boolean {
  if (depth > 4) return false;
  if (ModelRequestError.isInstance(error) && error.networkError) return true;
  if (StreamInterruptedError.isInstance(error)) return true;
  if (ModelTimeoutError.isInstance(error)) return true;
  const bag = asBag(error);
  if (!bag) return false;
  if (typeof bag.code === 'string' && NETWORK_CODES.has(bag.code)) return true;
  const name = typeof bag.name === 'string' ? bag.name : '';
  if (name === 'APIConnectionError' || name === 'APIConnectionTimeoutError')
    return true;
  if (
    error instanceof TypeError &&
    /fetch failed|socket hang up|terminated/i.test(error.message)
  )
    return true;
  return isNetworkError(bag.cause, depth + 1);
}

function isAbort(error: unknown): boolean {
  const bag = asBag(error);
  if (!bag) return false;
  return bag.name === 'AbortError' || bag.name === 'APIUserAbortError';
}
