import { UserError, type BatonErrorOptions } from './errors.js';

// The errors of writing and restoring a run state, beside the others' patterns (`Symbol.for` marker via
// BatonError, static `isInstance`), in their own file so errors.ts stays small.

/**
 * A run state could not be written or restored. The subclasses say why; catch this one to handle them all. It is
 * a {@link UserError}, as the Agents SDK reports a bad state.
 */
export class RunStateError extends UserError {}

/** Options of {@link InvalidRunStateError}. */
export interface InvalidRunStateErrorOptions extends BatonErrorOptions {
  /** What is wrong, one entry per problem, each starting with the JSON path (`$.generatedItems[2].agent`). */
  issues?: string[];
}

/**
 * The text given to `RunState.fromString` is not a run state Baton can read: not JSON, no `$schemaVersion`,
 * or fields of the wrong shape. Pass the exact text `state.toString()` produced.
 */
export class InvalidRunStateError extends RunStateError {
  /** What is wrong, each entry starting with the JSON path. Empty when the text is not JSON at all. */
  readonly issues: string[];
  constructor(message: string, options: InvalidRunStateErrorOptions = {}) {
    super(message, options);
    this.issues = options.issues ?? [];
  }
}

/** Options of {@link UnsupportedRunStateVersionError}. */
export interface UnsupportedRunStateVersionErrorOptions extends BatonErrorOptions {
  /** The `$schemaVersion` the state has. */
  version: unknown;
  /** The versions this Baton reads. */
  supportedVersions: readonly number[];
}

/**
 * The state's `$schemaVersion` is one this Baton cannot read: written by a newer Baton (upgrade this one), or not
 * a Baton state at all (an `@openai/agents` state, say).
 */
export class UnsupportedRunStateVersionError extends RunStateError {
  /** The `$schemaVersion` the state has. */
  readonly version: unknown;
  /** The versions this Baton reads. */
  readonly supportedVersions: readonly number[];
  constructor(
    message: string,
    options: UnsupportedRunStateVersionErrorOptions,
  ) {
    super(message, options);
    this.version = options.version;
    this.supportedVersions = options.supportedVersions;
  }
}

/** Options of {@link RunStateSignatureError}. */
export interface RunStateSignatureErrorOptions extends BatonErrorOptions {
  /** `'unsigned'`: a secret was required but the state has no signature; `'mismatch'`: edited, or signed with another secret. */
  reason: 'unsigned' | 'mismatch';
}

/**
 * `RunState.fromString` was given a `secret` and the state's signature does not hold: the state was edited after
 * it was signed, signed with another secret, or not signed at all. Do not resume it.
 */
export class RunStateSignatureError extends RunStateError {
  /** Why the signature does not hold. */
  readonly reason: 'unsigned' | 'mismatch';
  constructor(message: string, options: RunStateSignatureErrorOptions) {
    super(message, options);
    this.reason = options.reason;
  }
}

/** Options of {@link UnknownAgentError}. */
export interface UnknownAgentErrorOptions extends BatonErrorOptions {
  /** The agent name the state refers to. */
  agentName: string;
  /** The names of the agents reachable from the agent given to `fromString`. */
  knownAgents: string[];
}

/**
 * A restored state names an agent that is not reachable from the agent given to `RunState.fromString` (through
 * its handoffs, recursively). Pass the run's starting agent, or add the missing agent to the graph.
 */
export class UnknownAgentError extends RunStateError {
  /** The agent name the state refers to. */
  readonly agentName: string;
  /** The names of the agents that are reachable. */
  readonly knownAgents: string[];
  constructor(message: string, options: UnknownAgentErrorOptions) {
    super(message, options);
    this.agentName = options.agentName;
    this.knownAgents = options.knownAgents;
  }
}

/** Options of {@link RunStateSerializationError}. */
export interface RunStateSerializationErrorOptions extends BatonErrorOptions {
  /** Where the value that is not JSON data sits (`$.context.context.db`). */
  path: string;
}

/**
 * `state.toString()` met a value that is not JSON data (a class instance, a function, a cycle, a `bigint`...),
 * so the state could not be restored as it is. The message names the place and what to do.
 */
export class RunStateSerializationError extends RunStateError {
  /** Where the value sits. */
  readonly path: string;
  constructor(message: string, options: RunStateSerializationErrorOptions) {
    super(message, options);
    this.path = options.path;
  }
}

/** Options of {@link RunStateReplayError}. */
export interface RunStateReplayErrorOptions extends BatonErrorOptions {
  /** The run the state belongs to. */
  stateId: string;
  /** The state's resume count, which the ledger has already seen (or seen passed). */
  sequence: number;
}

/**
 * A signed state was resumed after it (or a later state of the same run) had been resumed already: its approval
 * decisions were used, and using them again could run an approved tool twice. Resume the newest state of the run.
 */
export class RunStateReplayError extends RunStateError {
  /** The run the state belongs to. */
  readonly stateId: string;
  /** The state's resume count. */
  readonly sequence: number;
  constructor(message: string, options: RunStateReplayErrorOptions) {
    super(message, options);
    this.stateId = options.stateId;
    this.sequence = options.sequence;
  }
}
