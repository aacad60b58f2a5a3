import type { StepRunner } from '@baton/core';
import {
  RestatePromise,
  type Context,
  type RunOptions,
} from '@restatedev/restate-sdk';
import { assertJsonValue } from './assert-json-value.js';
import { toTerminalError } from './errors.js';

/**
 * How Restate retries a step (a model call or a tool invocation) that failed with an error that is not terminal.
 * When the attempts are used up, the step fails for good and the run ends with a `TerminalError`.
 */
export interface StepRetryPolicy {
  /** Attempts in all, the first included. Default: 5. */
  maxRetryAttempts?: number;
  /** Wait before the first retry, in ms. Default: 100. */
  initialRetryInterval?: number;
  /** Longest wait between retries, in ms. Default: 5,000. */
  maxRetryInterval?: number;
  /** Growth of the wait from one retry to the next. Default: 2. */
  retryIntervalFactor?: number;
}

/** The retry policy of steps when none is given. */
export const DEFAULT_STEP_RETRY: Required<StepRetryPolicy> = {
  maxRetryAttempts: 5,
  initialRetryInterval: 100,
  maxRetryInterval: 5000,
  retryIntervalFactor: 2,
};

/**
 * A Baton step runner that journals each step in Restate (`ctx.run`, named by the step's key: `turn-2/model`,
 * `turn-2/tool/call_abc`). When the invocation is replayed, finished steps return their journaled result and only
 * the first unfinished one runs. A result that JSON cannot hold fails the step at once with
 * `StepNotSerializableError` (terminal: nothing corrupt reaches the journal).
 *
 * @example
 * const result = await run(agent, input, { stepRunner: journaledStepRunner(ctx) });
 * @see docs/durable-runs.md
 */
export function journaledStepRunner(
  ctx: Context,
  options: {
    /** Retries of failed steps. */
    retry?: StepRetryPolicy;
    /** Told when a step starts running here (not when it is replayed from the journal). */
    onStepStart?: (key: string) => void;
  } = {},
): StepRunner {
  const policy: RunOptions<unknown> = {
    ...DEFAULT_STEP_RETRY,
    ...options.retry,
  };
  const awaitStep = batchedAwait();
  return <T>(key: string, fn: () => Promise<T>) =>
    awaitStep(
      ctx.run<T>(
        key,
        async () => {
          options.onStepStart?.(key);
          try {
            const value = await fn();
            assertJsonValue(value, key);
            return value;
          } catch (error) {
            throw toTerminalError(error);
          }
        },
        policy as RunOptions<T>,
      ),
    );
}

/**
 * Awaits Restate promises one batch at a time. The steps of one turn's tool calls start together (their actions run
 * at once), but the SDK lets only one `await` wait on its journal at a time: the steps started in the same tick are
 * awaited together through `RestatePromise.allSettled`, and a batch waits for the one before it.
 */
function batchedAwait(): <T>(step: RestatePromise<T>) => Promise<T> {
  let batch: Array<{
    step: RestatePromise<unknown>;
    resolve: (value: unknown) => void;
    reject: (error: unknown) => void;
  }> = [];
  let previous: Promise<void> = Promise.resolve();
  const flush = async () => {
    const current = batch;
    batch = [];
    const settled = await RestatePromise.allSettled(
      current.map((entry) => entry.step),
    );
    settled.forEach((outcome, index) => {
      if (outcome.status === 'fulfilled')
        current[index]!.resolve(outcome.value);
      else current[index]!.reject(outcome.reason);
    });
  };
  return <T>(step: RestatePromise<T>) =>
    new Promise<T>((resolve, reject) => {
      batch.push({
        step,
        resolve: resolve as (value: unknown) => void,
        reject,
      });
      if (batch.length === 1)
        queueMicrotask(() => {
          previous = previous.then(flush, flush);
        });
    });
}
