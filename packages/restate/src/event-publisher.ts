import { randomUUID } from 'node:crypto';
import type { RunStreamEvent } from '@baton/core';
import type { EventBatch } from './run-event-log.js';
import {
  toDurableStreamEvent,
  type DurableStreamEvent,
} from './durable-stream-event.js';

/** Where a durable run publishes its stream events. */
export interface DurableEventsOptions {
  /** The Restate ingress URL the worker reaches (`http://restate:8080`). */
  ingressUrl: string;
  /** The name of the {@link durableRunEvents} object that keeps them. Default: the service's name + `Events`. */
  service?: string;
}

/**
 * Publishes one invocation's stream events to the run's event log through the ingress, one batch at a time and in
 * order. Outside the journal on purpose: text deltas happen inside a model call step, where Restate allows no other
 * journal entry. Each event gets a key that a replay reproduces (run items by their id, agents by name and count),
 * so the log drops what an earlier attempt already published; deltas are keyed by attempt, so a step that runs
 * again shows its new text. Publishing is best effort: the run's result never waits on a log that is down.
 * @internal
 */
export class EventPublisher {
  readonly #url: string;
  readonly #attempt = randomUUID();
  readonly #seen = new Map<string, number>();
  #queue: EventBatch['entries'] = [];
  #deltas = 0;
  #sending: Promise<void> = Promise.resolve();

  constructor(
    options: DurableEventsOptions & { service: string; runId: string },
  ) {
    this.#url =
      `${options.ingressUrl.replace(/\/$/, '')}/${options.service}/` +
      `${encodeURIComponent(options.runId)}/append`;
  }

  /** Queues one run event (left out when the log keeps no such event). */
  publish(event: RunStreamEvent, step: string | undefined): void {
    const durable = toDurableStreamEvent(event, step);
    if (!durable) return;
    this.#queue.push({ key: this.#keyOf(durable), event: durable });
    if (this.#queue.length === 1)
      this.#sending = this.#sending.then(() => this.#send(false));
  }

  /** Publishes the run's last event and waits until everything queued was sent (or given up on). */
  async finish(last: DurableStreamEvent): Promise<void> {
    this.#queue.push({ key: 'end', event: last });
    this.#sending = this.#sending.then(() => this.#send(true));
    await this.#sending;
  }

  #keyOf(event: DurableStreamEvent): string {
    let base: string;
    if (event.type === 'output_text_delta')
      return `delta:${this.#attempt}:${this.#deltas++}`;
    if (event.type === 'run_item_stream_event') {
      const raw = (event.item.rawItem ?? {}) as {
        id?: string;
        call_id?: string;
      };
      base = `item:${event.name}:${raw.id ?? raw.call_id ?? ''}`;
    } else if (event.type === 'agent_updated_stream_event')
      base = `agent:${event.agent.name}`;
    else return 'end';
    const count = (this.#seen.get(base) ?? 0) + 1;
    this.#seen.set(base, count);
    return `${base}#${count}`;
  }

  async #send(done: boolean): Promise<void> {
    const entries = this.#queue;
    this.#queue = [];
    if (entries.length === 0 && !done) return;
    const batch: EventBatch = { entries, ...(done && { done }) };
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const response = await fetch(this.#url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(batch),
        });
        if (response.ok) return;
      } catch {
        // The ingress may be restarting: try again shortly.
      }
      await new Promise((resolve) => setTimeout(resolve, 100 * (attempt + 1)));
    }
  }
}
