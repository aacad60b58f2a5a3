import type { DurableStreamEvent } from './durable-stream-event.js';
import type { EventPage } from './run-event-log.js';

/**
 * Follows a durable run's stream events as they are published: reads the run's event log from `from` (0 for the
 * whole run) and yields each event with its index until the run's last one. A caller that lost its connection
 * calls it again with the index after the last one it saw, and continues exactly there.
 *
 * @example
 * for await (const { index, event } of followRun({ ingressUrl, service: 'supportEvents', runId }))
 *   if (event.type === 'output_text_delta') process.stdout.write(event.delta);
 * @see docs/durable-runs.md
 */
export async function* followRun(options: {
  /** The Restate ingress URL. */
  ingressUrl: string;
  /** The name of the event log object ({@link durableRunEvents}). */
  service: string;
  /** The run's id (the workflow id of its `run`). */
  runId: string;
  /** The first index to yield. Default 0. */
  from?: number;
  /** How long to wait between reads when nothing new came, in ms. Default 100. */
  pollMs?: number;
  /** Stops following. */
  signal?: AbortSignal;
}): AsyncGenerator<{ index: number; event: DurableStreamEvent }> {
  let from = options.from ?? 0;
  const url =
    `${options.ingressUrl.replace(/\/$/, '')}/${options.service}/` +
    `${encodeURIComponent(options.runId)}/read`;
  for (;;) {
    options.signal?.throwIfAborted();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from }),
      ...(options.signal && { signal: options.signal }),
    });
    if (!response.ok)
      throw new Error(
        `Reading the events of run "${options.runId}" failed: ${response.status} ${await response.text()}`,
      );
    const page = (await response.json()) as EventPage;
    yield* page.events;
    from = page.next;
    if (page.done) return;
    if (page.events.length === 0)
      await new Promise((resolve) =>
        setTimeout(resolve, options.pollMs ?? 100),
      );
  }
}
