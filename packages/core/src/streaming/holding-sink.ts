import type { EventSink } from './event-sink.js';
import type { RunStreamEvent } from './events.js';

/**
 * A sink that keeps events back until {@link HoldingSink.release}, so a stream shows nothing of a model call that a
 * guardrail may still stop. Events held when the turn fails are dropped with it.
 * @internal
 */
export class HoldingSink implements EventSink {
  readonly active = true;
  readonly #target: EventSink;
  #held: RunStreamEvent[] | undefined = [];

  constructor(target: EventSink) {
    this.#target = target;
  }

  emit(event: RunStreamEvent): void {
    if (this.#held) this.#held.push(event);
    else this.#target.emit(event);
  }

  /** Passes on what was held, in order, and everything after it as it comes. */
  release(): void {
    const held = this.#held ?? [];
    this.#held = undefined;
    for (const event of held) this.#target.emit(event);
  }
}
