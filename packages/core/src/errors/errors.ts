import type { RunState } from '../state/run-state.js';

/**
 * The base of every error Baton throws. `name` is the concrete class name, and `state` carries the run as far as
 * it got, so a failed run can be inspected or resumed.
 *
 * Use `XError.isInstance(err)` rather than `instanceof` when the ESM and CJS builds of Baton may both be loaded:
 * the check goes by a registered symbol, not by class identity.
 */
export abstract class BatonError extends Error {
  /** The run as far as it got, when the error happened inside a run. */
  state?: RunState<any, any>;

  constructor(
    message: string,
    options?: { cause?: unknown; state?: RunState<any, any> },
  ) {
    super(
      message,
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = new.target.name;
    if (options?.state) this.state = options.state;
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

function marker(name: string): symbol {
  return Symbol.for(`baton.error.${name}`);
}

/** The program configured Baton wrongly (an agent without a name, an unknown model...). Fix the code. */
export class UserError extends BatonError {}

/** The model did something it should not have: unparsable structured output, a call to a tool that does not exist. */
export class ModelBehaviorError extends BatonError {}

/** The run went past `maxTurns` model calls without reaching a final output. */
export class MaxTurnsExceededError extends BatonError {}

/** A tool failed and its `errorFunction` is `null`, so the failure ends the run instead of going to the model. */
export class ToolCallError extends BatonError {
  /** The name of the tool that failed. */
  readonly toolName: string;
  constructor(
    message: string,
    options: { toolName: string; cause?: unknown; state?: RunState<any, any> },
  ) {
    super(message, options);
    this.toolName = options.toolName;
  }
}

/** A tool ran longer than its `timeoutMs`. Reaches the model as the tool's output unless `errorFunction` is `null`. */
export class ToolTimeoutError extends BatonError {
  /** The limit that was exceeded, in milliseconds. */
  readonly timeoutMs: number;
  constructor(
    message: string,
    options: { timeoutMs: number; state?: RunState<any, any> },
  ) {
    super(message, options);
    this.timeoutMs = options.timeoutMs;
  }
}

/** The model call failed: an HTTP error the client gave up on, or an error the provider reported in the response. */
export class ModelRequestError extends BatonError {
  /** The HTTP status, when the failure was an HTTP error. */
  readonly status?: number;
  /** The provider's error code (`rate_limit_exceeded`, `server_error`...). */
  readonly code?: string;
  constructor(
    message: string,
    options?: {
      status?: number;
      code?: string;
      cause?: unknown;
      state?: RunState<any, any>;
    },
  ) {
    super(message, options);
    if (options?.status !== undefined) this.status = options.status;
    if (options?.code !== undefined) this.code = options.code;
  }
}

/**
 * The model's stream broke off before the response was complete (the connection was reset, say). If nothing had
 * reached the caller yet, Baton retries first; this error means the retries are spent or output had been seen.
 */
export class StreamInterruptedError extends BatonError {}

/** The run was aborted through its `signal`. */
export class RunAbortedError extends BatonError {}

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

/** The model refused to answer: its last message holds only a refusal. `message` is the refusal's text. */
export class ModelRefusalError extends BatonError {}
