import type { RunState } from '../state/run-state.js';

/** Options every Baton error accepts: the underlying cause and the run as far as it got. */
export interface BatonErrorOptions {
  /** What went wrong underneath (kept as `error.cause`). */
  cause?: unknown;
  /** The run as far as it got. */
  state?: RunState<any, any>;
}

/**
 * The base of every error Baton throws. `name` is the concrete class name, and `state` carries the run as far as
 * it got, so a failed run can be inspected or resumed.
 *
 * Use `XError.isInstance(err)` rather than `instanceof` when the ESM and CJS builds of Baton may both be loaded:
 * the check goes by a registered symbol, not by class identity.
 *
 * The second argument is either Baton's options object or, as in the Agents SDK, the `RunState` itself.
 */
export abstract class BatonError extends Error {
  /** The run as far as it got, when the error happened inside a run. */
  state?: RunState<any, any>;

  constructor(
    message: string,
    options?: BatonErrorOptions | RunState<any, any>,
  ) {
    const resolved = errorOptions(options);
    super(
      message,
      resolved.cause === undefined ? undefined : { cause: resolved.cause },
    );
    this.name = new.target.name;
    if (resolved.state) this.state = resolved.state;
    (this as unknown as Record<symbol, boolean>)[marker(new.target.name)] =
      true;
    let parent = Object.getPrototypeOf(new.target) as { name?: string } | null;
    // Mark every ancestor too, so `BatonError.isInstance(new ToolCallError(...))` holds across builds.
    while (parent && parent.name && parent !== Error) {
      (this as unknown as Record<symbol, boolean>)[marker(parent.name)] = true;
      parent = Object.getPrototypeOf(parent) as { name?: string } | null;
    }
  }

  /** Whether `value` is an instance of this class, from any copy of Baton (ESM or CJS). */
  static isInstance<T extends abstract new (...args: any[]) => BatonError>(
    this: T,
    value: unknown,
  ): value is InstanceType<T> {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[marker(this.name)] === true
    );
  }
}

/**
 * The Agents SDK's name for {@link BatonError}: the same class, so `instanceof AgentsError`,
 * `AgentsError.isInstance(err)` and `class MyError extends AgentsError` all behave as with `BatonError`.
 */
export const AgentsError = BatonError;
/** The Agents SDK's name for {@link BatonError}. */
export type AgentsError = BatonError;

function marker(name: string): symbol {
  return Symbol.for(`baton.error.${name}`);
}

/** @internal A `RunState` given where options were expected (the Agents SDK's `(message, state)` form). */
export function isRunStateLike(value: unknown): value is RunState<any, any> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'generatedItems' in value &&
    'currentAgent' in value
  );
}

/** @internal Baton's options object, or the SDK's bare `RunState`, as options. */
export function errorOptions<T extends BatonErrorOptions>(
  options: T | RunState<any, any> | undefined,
): Partial<T> {
  if (options === undefined) return {};
  if (isRunStateLike(options)) return { state: options } as Partial<T>;
  return options;
}

/** The program configured Baton wrongly (an agent without a name, an unknown model...). Fix the code. */
export class UserError extends BatonError {}

/** Something failed inside Baton that is not the program's fault (state that cannot be serialised, say). */
export class SystemError extends BatonError {}

/** The model did something it should not have: unparsable structured output, a call to a tool that does not exist. */
export class ModelBehaviorError extends BatonError {}

/** The run went past `maxTurns` model calls without reaching a final output. */
export class MaxTurnsExceededError extends BatonError {}

/** The run was aborted through its `signal`. */
export class RunAbortedError extends BatonError {}

/**
 * The model's stream broke off before the response was complete (the connection was reset, say). If nothing had
 * reached the caller yet, Baton retries first; this error means the retries are spent or output had been seen.
 */
export class StreamInterruptedError extends BatonError {}

/**
 * The model returned an item that needs a capability Baton does not have yet (a computer call, a local shell call,
 * a hosted MCP approval request...). The run ends rather than send the model an unanswered call.
 */
export class UnsupportedItemError extends UserError {
  /** The item's `type`. */
  readonly itemType: string;
  constructor(
    message: string,
    options: { itemType: string; state?: RunState<any, any> },
  ) {
    super(message, options);
    this.itemType = options.itemType;
  }
}

/** The model declined to answer (a `refusal` part) where the run needed a final output. */
export class ModelRefusalError extends BatonError {
  /** The model's refusal text. */
  readonly refusal: string;
  constructor(
    refusal: string,
    options?: BatonErrorOptions | RunState<any, any>,
  ) {
    super(`Model refused to produce output: ${refusal}`, options);
    this.refusal = refusal;
  }
}

/** Options of {@link ModelTimeoutError}. */
export interface ModelTimeoutErrorOptions extends BatonErrorOptions {
  /** The limit that was exceeded, in milliseconds. */
  timeoutMs: number;
}

/**
 * A model call ran longer than its timeout. Construct it as `new ModelTimeoutError({ timeoutMs, cause })` (the
 * Agents SDK's form) or `new ModelTimeoutError(message, { timeoutMs })`.
 */
export class ModelTimeoutError extends BatonError {
  /** Always `'ETIMEDOUT'`, as a network timeout reports it. */
  readonly code = 'ETIMEDOUT' as const;
  /** The limit that was exceeded, in milliseconds. */
  readonly timeoutMs: number;
  constructor(options: ModelTimeoutErrorOptions);
  constructor(message: string, options: ModelTimeoutErrorOptions);
  constructor(
    first: string | ModelTimeoutErrorOptions,
    second?: ModelTimeoutErrorOptions,
  ) {
    const options = typeof first === 'string' ? second! : first;
    super(
      typeof first === 'string'
        ? first
        : `Model call timed out after ${options.timeoutMs}ms.`,
      options,
    );
    this.timeoutMs = options.timeoutMs;
  }
}

/** Options of {@link ModelRequestError}. */
export interface ModelRequestErrorOptions extends BatonErrorOptions {
  /** The HTTP status, when the failure was an HTTP error. */
  status?: number;
  /** The provider's error code. */
  code?: string;
  /** The response headers of an HTTP error, names in lower case. */
  headers?: Record<string, string>;
  /** How long the provider asked to wait before a retry (`retry-after-ms` / `retry-after`), in milliseconds. */
  retryAfterMs?: number;
  /** Whether the request failed in transport (connection refused or reset, a stream cut off) rather than by an answer. */
  networkError?: boolean;
}

/** A model call failed: an HTTP error the client gave up on, or an error the provider reported in the response. */
export class ModelRequestError extends BatonError {
  /** The HTTP status, when the failure was an HTTP error. */
  readonly status?: number;
  /** The provider's error code (`rate_limit_exceeded`, `server_error`...). */
  readonly code?: string;
  /** The response headers of an HTTP error, names in lower case; retry policies read `retry-after` from them. */
  readonly headers?: Record<string, string>;
  /** How long the provider asked to wait before a retry, in milliseconds (from `retry-after-ms` or `retry-after`). */
  readonly retryAfterMs?: number;
  /** Whether the request failed in transport rather than by an answer; `retryPolicies.networkError()` retries these. */
  readonly networkError?: boolean;
  constructor(
    message: string,
    options?: ModelRequestErrorOptions | RunState<any, any>,
  ) {
    super(message, options);
    const resolved = errorOptions(options);
    if (resolved.status !== undefined) this.status = resolved.status;
    if (resolved.code !== undefined) this.code = resolved.code;
    if (resolved.headers !== undefined) this.headers = resolved.headers;
    if (resolved.retryAfterMs !== undefined)
      this.retryAfterMs = resolved.retryAfterMs;
    if (resolved.networkError) this.networkError = true;
  }
}

/** Options of {@link BudgetExceededError}. */
export interface BudgetExceededErrorOptions extends BatonErrorOptions {
  /** What the run had spent, in USD. */
  spentUsd: number;
  /** The estimated cost of the request that was not sent, in USD. */
  estimatedUsd: number;
  /** The budget, in USD. */
  maxCostUsd: number;
}

/**
 * The run's next model request would have taken it over its `budget`, so it was not sent. `state` is the run as
 * far as it got: resume it (with a larger budget) to go on.
 */
export class BudgetExceededError extends BatonError {
  /** What the run had spent, in USD. */
  readonly spentUsd: number;
  /** The estimated cost of the request that was not sent, in USD. */
  readonly estimatedUsd: number;
  /** The budget, in USD. */
  readonly maxCostUsd: number;
  constructor(message: string, options: BudgetExceededErrorOptions) {
    super(message, options);
    this.spentUsd = options.spentUsd;
    this.estimatedUsd = options.estimatedUsd;
    this.maxCostUsd = options.maxCostUsd;
  }
}

/** Options of {@link ToolCallError}. */
export interface ToolCallErrorOptions extends BatonErrorOptions {
  /** The name of the tool that failed. */
  toolName: string;
  /** What the tool threw; defaults to `cause`. */
  error?: unknown;
}

/**
 * A tool failed and its `errorFunction` is `null`, so the failure ends the run instead of going to the model.
 * Construct it as `new ToolCallError(message, { toolName, cause })` or, as in the Agents SDK,
 * `new ToolCallError(message, error, state)`.
 */
export class ToolCallError extends BatonError {
  /** What the tool threw (also `cause`). */
  readonly error: unknown;
  /** The name of the tool that failed, when known. */
  readonly toolName?: string;
  constructor(message: string, options: ToolCallErrorOptions);
  constructor(message: string, error: unknown, state?: RunState<any, any>);
  constructor(message: string, second: unknown, state?: RunState<any, any>) {
    const options = isToolCallErrorOptions(second)
      ? second
      : { cause: second, error: second, state };
    super(message, {
      cause: options.cause ?? options.error,
      state: options.state,
    });
    this.error = 'error' in options ? options.error : options.cause;
    if ('toolName' in options) this.toolName = options.toolName;
  }
}

function isToolCallErrorOptions(value: unknown): value is ToolCallErrorOptions {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype &&
    typeof (value as { toolName?: unknown }).toolName === 'string'
  );
}

/** Options of {@link ToolTimeoutError}. */
export interface ToolTimeoutErrorOptions extends BatonErrorOptions {
  /** The limit that was exceeded, in milliseconds. */
  timeoutMs: number;
  /** The tool that ran too long. */
  toolName?: string;
}

/**
 * A tool ran longer than its `timeoutMs`. Reaches the model as the tool's output unless `errorFunction` is `null`.
 * Construct it as `new ToolTimeoutError(message, { timeoutMs })` or, as in the Agents SDK,
 * `new ToolTimeoutError({ toolName, timeoutMs, state })`.
 */
export class ToolTimeoutError extends BatonError {
  /** The limit that was exceeded, in milliseconds. */
  readonly timeoutMs: number;
  /** The tool that ran too long, when known. */
  readonly toolName?: string;
  constructor(options: ToolTimeoutErrorOptions & { toolName: string });
  constructor(message: string, options: ToolTimeoutErrorOptions);
  constructor(
    first: string | ToolTimeoutErrorOptions,
    second?: ToolTimeoutErrorOptions,
  ) {
    const options = typeof first === 'string' ? second! : first;
    super(
      typeof first === 'string'
        ? first
        : `Tool '${options.toolName}' timed out after ${options.timeoutMs}ms.`,
      options,
    );
    this.timeoutMs = options.timeoutMs;
    if (options.toolName !== undefined) this.toolName = options.toolName;
  }
}

/** Options of {@link InvalidToolOutputError}. */
export interface InvalidToolOutputErrorOptions extends BatonErrorOptions {
  /** Why validation failed (the schema library's error). */
  originalError?: unknown;
  /** The output that failed, and where it came from. */
  toolOutput?: { runContext?: unknown; output?: unknown; details?: unknown };
}

/**
 * A function tool returned a value that does not match its output schema. It is a mistake in the tool, so it is a
 * {@link UserError}. Accepts Baton's `(message, options)` and the Agents SDK's
 * `(message, state, originalError, toolOutput)`.
 */
export class InvalidToolOutputError extends UserError {
  /** Why validation failed. */
  readonly originalError?: unknown;
  /** The output that failed, and where it came from. */
  readonly toolOutput?: InvalidToolOutputErrorOptions['toolOutput'];
  constructor(
    message: string,
    options?: InvalidToolOutputErrorOptions | RunState<any, any>,
    originalError?: unknown,
    toolOutput?: InvalidToolOutputErrorOptions['toolOutput'],
  ) {
    const resolved: InvalidToolOutputErrorOptions = isRunStateLike(options)
      ? { state: options, originalError, toolOutput }
      : (options ?? { originalError, toolOutput });
    super(message, {
      cause: resolved.cause ?? resolved.originalError,
      state: resolved.state,
    });
    if (resolved.originalError !== undefined)
      this.originalError = resolved.originalError;
    if (resolved.toolOutput !== undefined)
      this.toolOutput = resolved.toolOutput;
  }
}
