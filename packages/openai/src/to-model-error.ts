import {
  BatonError,
  ModelRequestError,
  retryAfterFromHeaders,
  StreamInterruptedError,
} from '@baton/core';

/** @internal Where a failure happened: while sending the request, or while reading an open stream. */
export interface ModelErrorContext {
  /** The caller's signal: once it has fired, errors are the client's own abort errors and pass through. */
  signal?: AbortSignal;
  /** Whether the stream had already started when the error was thrown. */
  midStream?: boolean;
}

/** The fields of an `openai` `APIError` this module reads. */
interface APIErrorLike extends Error {
  status?: number;
  code?: string | null;
  error?: { message?: unknown } | null;
  headers?: unknown;
}

/**
 * @internal Turns what the `openai` client threw into the error Baton reports: HTTP and in-stream API errors
 * become {@link ModelRequestError}, a broken stream becomes {@link StreamInterruptedError}, and anything thrown
 * after the caller aborted is passed through, so the run loop can recognise the abort.
 */
export function toModelError(
  error: unknown,
  context: ModelErrorContext = {},
): unknown {
  if (context.signal?.aborted || BatonError.isInstance(error)) return error;
  const classes = errorClassNames(error);
  if (classes.has('APIUserAbortError')) return error;
  if (classes.has('APIConnectionTimeoutError')) {
    return new ModelRequestError(
      'The request to the model timed out after the client retries. Raise the client `timeout` or try again later.',
      { cause: error, networkError: true },
    );
  }
  if (classes.has('APIConnectionError')) {
    return new ModelRequestError(
      `Could not reach the model server (${describe(error)}). Check \`baseURL\` and the network.`,
      { cause: error, networkError: true },
    );
  }
  if (classes.has('APIError')) return fromAPIError(error as APIErrorLike);
  if (context.midStream) {
    if (error instanceof SyntaxError) {
      return new ModelRequestError(
        `The model server sent an event that is not valid JSON: ${error.message}`,
        {
          cause: error,
        },
      );
    }
    return new StreamInterruptedError(
      `The model's stream broke off before the response was complete (${describe(error)}).`,
      { cause: error },
    );
  }
  return new ModelRequestError(`The model request failed: ${describe(error)}`, {
    cause: error,
  });
}

/** @internal The error for an error the provider reported inside a stream (an `error` event, a failed response). */
export function streamedModelError(options: {
  code?: string | null;
  message?: string;
  raw: unknown;
}): ModelRequestError {
  const code = options.code ?? undefined;
  const message = options.message ?? 'no message';
  return new ModelRequestError(
    `The model reported an error while responding${code ? ` (${code})` : ''}: ${message}`,
    {
      ...(code !== undefined && { code }),
      cause: options.raw,
    },
  );
}

function fromAPIError(error: APIErrorLike): ModelRequestError {
  const status = typeof error.status === 'number' ? error.status : undefined;
  const code = typeof error.code === 'string' ? error.code : undefined;
  const apiMessage =
    typeof error.error?.message === 'string'
      ? error.error.message
      : error.message;
  if (status === undefined) {
    return streamedModelError({ code, message: apiMessage, raw: error });
  }
  const label = `HTTP ${status}${code ? `, ${code}` : ''}`;
  const headers = headersOf(error.headers);
  const retryAfterMs = retryAfterFromHeaders(headers);
  return new ModelRequestError(
    `The model request failed (${label}): ${apiMessage}${hintFor(status)}`,
    {
      status,
      ...(code !== undefined && { code }),
      ...(headers && { headers }),
      ...(retryAfterMs !== undefined && { retryAfterMs }),
      cause: error,
    },
  );
}

// v5+ clients give a `Headers`, older ones a plain object; Baton keeps lower-case names either way.
function headersOf(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const entries =
    typeof (value as Headers).entries === 'function' &&
    typeof (value as Headers).get === 'function'
      ? [...(value as Headers).entries()]
      : Object.entries(value);
  const headers: Record<string, string> = {};
  for (const [name, header] of entries)
    if (typeof header === 'string') headers[name.toLowerCase()] = header;
  return headers;
}

function hintFor(status: number): string {
  if (status === 401 || status === 403)
    return ' Check the API key, organization and project.';
  if (status === 404) return ' Check the model name and `baseURL`.';
  if (status === 429)
    return ' Wait and retry (`modelSettings.retry`), pace requests (`modelRateLimits`), or check your quota.';
  if (status >= 500)
    return ' The provider may be down: retry later (`modelSettings.retry` can do it for you).';
  return '';
}

// The `openai` package is loaded lazily, so its error classes are recognised by name along the prototype chain
// rather than by `instanceof`; this also covers the v6 and v7 copies being loaded side by side.
function errorClassNames(error: unknown): Set<string> {
  const names = new Set<string>();
  let prototype: unknown =
    typeof error === 'object' && error !== null
      ? Object.getPrototypeOf(error)
      : null;
  while (prototype && prototype !== Error.prototype) {
    const name = (prototype as { constructor?: { name?: unknown } }).constructor
      ?.name;
    if (typeof name === 'string') names.add(name);
    prototype = Object.getPrototypeOf(prototype);
  }
  return names;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.name}: ${error.message}${cause}`;
}
