import {
  BatonError,
  GuardrailTripwireError,
  MaxTurnsExceededError,
  ModelBehaviorError,
  RunStateError,
  UserError,
} from '@baton/core';
import { TerminalError } from '@restatedev/restate-sdk';

/**
 * A journaled step (a model call or a tool invocation) produced a value that JSON cannot hold as it is: a class
 * instance, a `Map`, a `Date`, a function, a `bigint`, a cycle. The journal stores steps as JSON, so the value would
 * come back different on replay. Return plain data from the tool (or convert it in the tool) and run again.
 */
export class StepNotSerializableError extends BatonError {}

/** The HTTP status a caller sees when a durable run ends with a Baton error that retrying cannot fix. */
export const TERMINAL_ERROR_CODE = 422;

/**
 * Whether `error` ends the run for good: retrying the same step or invocation would give the same error (a
 * configuration mistake, a guardrail's tripwire, too many turns, a model breaking the protocol, a value the journal
 * cannot hold). Everything else — a failed HTTP call to the model, a tool that throws with `errorFunction: null` —
 * is retried by Restate within the step's retry policy.
 * @internal
 */
export function isTerminal(error: unknown): boolean {
  return (
    error instanceof TerminalError ||
    UserError.isInstance(error) ||
    GuardrailTripwireError.isInstance(error) ||
    MaxTurnsExceededError.isInstance(error) ||
    ModelBehaviorError.isInstance(error) ||
    RunStateError.isInstance(error) ||
    StepNotSerializableError.isInstance(error)
  );
}

/**
 * The Restate error that ends an invocation for `error`: the Baton error's name leads the message and is the `error`
 * metadata field, the code is {@link TERMINAL_ERROR_CODE}, so a caller through the ingress sees which error it was.
 * Errors that are not terminal are returned as they are, for Restate to retry.
 * @internal
 */
export function toTerminalError(error: unknown): unknown {
  if (error instanceof TerminalError || !isTerminal(error)) return error;
  const baton = error as BatonError;
  return new TerminalError(`${baton.name}: ${baton.message}`, {
    errorCode: TERMINAL_ERROR_CODE,
    metadata: { error: baton.name },
  });
}
