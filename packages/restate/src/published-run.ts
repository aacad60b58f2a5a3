import * as restate from '@restatedev/restate-sdk';
import type { DurableRunOptions, DurableRunResult } from './durable-run.js';
import {
  EventPublisher,
  type DurableEventsOptions,
} from './event-publisher.js';

/** Where one run's events go: the log's service and the run id its readers follow. @internal */
export type EventTarget = DurableEventsOptions & {
  service: string;
  runId: string;
};

/**
 * Runs one durable run and, with a `target`, publishes its stream events to a run event log as they happen, then
 * `run_done` with the result, or `run_failed` when it ends with a terminal error (a retryable failure publishes no
 * end: Restate runs the invocation again, and its attempt goes on in the same log).
 * @internal
 */
export async function publishedRun(
  target: EventTarget | undefined,
  run: (onEvent: DurableRunOptions['onEvent']) => Promise<DurableRunResult>,
): Promise<DurableRunResult> {
  const publisher = target && new EventPublisher(target);
  try {
    const result = await run(
      publisher && ((event, step) => publisher.publish(event, step)),
    );
    await publisher?.finish({ type: 'run_done', ...result });
    return result;
  } catch (error) {
    if (error instanceof restate.TerminalError)
      await publisher?.finish({ type: 'run_failed', error: error.message });
    throw error;
  }
}
