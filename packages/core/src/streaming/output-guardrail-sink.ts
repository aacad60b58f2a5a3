import type { AgentOutputItem } from '../items/items.js';
import { itemKind } from '../items/item-kinds.js';
import type { ModelStreamEvent } from '../model/model.js';
import type { EventSink } from './event-sink.js';
import type { RunStreamEvent } from './events.js';
import { wordBoundaries } from './word-boundaries.js';

/** How one turn's streamed output is guarded. @internal */
export interface TurnOutputGuard {
  /** Check the text so far every this many more characters; undefined holds everything until the final check. */
  checkpointEvery?: number;
  /** Checks the text streamed so far; rejects with the error the run ends with. */
  check: (text: string) => Promise<void>;
  /** Stops the turn's model call in flight with `reason`. */
  abortTurn: (reason: unknown) => void;
}

/**
 * - `passing`: nothing to guard (no guardrails, or the turn asked for tools): events go straight through;
 * - `armed`: a guarded turn before its model call: events go straight through until the model's first one;
 * - `streaming`: a guarded model call is streaming: events are held, checkpoints may release a prefix;
 * - `final`: the call ended without asking for anything more, so it may be the final answer: held until
 *   {@link OutputGuardrailSink.release};
 * - `failed`: a check tripped or threw: nothing held is ever passed on.
 */
type Phase = 'passing' | 'armed' | 'streaming' | 'final' | 'failed';

/**
 * The sink of a run whose output guardrails must see the final message before the client does. Each guarded turn's
 * events are held from its model call on. A call that asks for tools or a handoff is not the final answer: its
 * events are passed on as soon as its response is complete. Otherwise they stay held until the run's final check
 * has passed. With checkpoints, the text so far is checked every N more characters while it streams, one check at a
 * time, and the events up to a passed checkpoint are passed on, cut at the last word boundary the check saw (a word
 * the checkpoint cut in two waits for a later check to see it whole); a failed check aborts the model call.
 * @internal
 */
export class OutputGuardrailSink implements EventSink {
  readonly active = true;
  readonly #target: EventSink;
  #held: RunStreamEvent[] = [];
  #phase: Phase = 'passing';
  #guard: TurnOutputGuard | undefined;
  /** Counts turns, so a check that outlived its turn is known for stale. */
  #turn = 0;
  #text = '';
  #checkedLength = 0;
  /** How many of this turn's held events, and how much of its text, checkpoints have passed on. */
  #releasedEvents = 0;
  #releasedText = 0;
  /**
   * Where each text delta not passed on yet starts: its event's index (counting from the turn's first held event),
   * and its text position.
   */
  #deltaStarts: Array<{ event: number; text: number }> = [];
  #checking: Promise<void> | undefined;
  #failure: { error: unknown } | undefined;

  constructor(target: EventSink) {
    this.#target = target;
  }

  /**
   * Starts a turn, guarded by `guard` or not at all: its model call's events will be held. What an earlier turn still
   * holds was not the final answer (the run went on), so it is passed on first; a check of it that failed ends the
   * run here.
   */
  startTurn(guard: TurnOutputGuard | undefined): void {
    if (this.#failure) throw this.#failure.error;
    this.#flush();
    this.#turn += 1;
    this.#guard = guard;
    this.#text = '';
    this.#checkedLength = 0;
    this.#releasedEvents = 0;
    this.#releasedText = 0;
    this.#deltaStarts = [];
    this.#phase = guard ? 'armed' : 'passing';
  }

  emit(event: RunStreamEvent): void {
    if (this.#phase === 'armed' && event.type === 'raw_model_stream_event')
      this.#phase = 'streaming';
    switch (this.#phase) {
      case 'passing':
      case 'armed':
        this.#target.emit(event);
        return;
      case 'failed':
        return;
      case 'final':
        this.#held.push(event);
        return;
      case 'streaming':
        this.#held.push(event);
        if (event.type === 'raw_model_stream_event')
          this.#onModelEvent(event.data);
    }
  }

  /** Waits for the check in flight, if any; rejects with the error of a check that failed. */
  async settled(): Promise<void> {
    while (this.#checking) await this.#checking;
    if (this.#failure) throw this.#failure.error;
  }

  /** Passes on everything held, in order, and everything after it as it comes: the final output passed. */
  release(): void {
    this.#flush();
    if (this.#phase !== 'failed') this.#phase = 'passing';
  }

  #onModelEvent(data: ModelStreamEvent): void {
    if (data.type === 'output_text_delta') {
      if (this.#guard?.checkpointEvery)
        this.#deltaStarts.push({
          event: this.#releasedEvents + this.#held.length - 1,
          text: this.#text.length,
        });
      this.#text += data.delta;
      this.#checkpoint();
    } else if (data.type === 'response_done') {
      if (asksForMore(data.response.output)) this.release();
      else this.#phase = 'final';
    }
  }

  /** Starts a check of the text so far when N more characters came and no check is running. */
  #checkpoint(): void {
    const every = this.#guard?.checkpointEvery;
    if (!every || this.#checking || this.#phase !== 'streaming') return;
    if (this.#text.length - this.#checkedLength < every) return;
    const guard = this.#guard!;
    const turn = this.#turn;
    const upTo = this.#releasedEvents + this.#held.length;
    const checked = this.#text.length;
    this.#checkedLength = checked;
    this.#checking = guard
      .check(this.#text)
      .then(
        () => this.#passed(turn, upTo, checked),
        (error: unknown) => this.#failed(turn, guard, error),
      )
      .finally(() => {
        this.#checking = undefined;
        // Text that came while this check ran is checked now, as one piece.
        this.#checkpoint();
      });
  }

  /** A checkpoint of the text up to `checked` (held events up to `upTo`) passed: passes on its whole words. */
  #passed(turn: number, upTo: number, checked: number): void {
    if (!this.#isCurrent(turn)) return;
    const cut = this.#wordCut(upTo, checked);
    const count = cut.event - this.#releasedEvents;
    this.#releasedEvents = cut.event;
    this.#releasedText = cut.text;
    while (this.#deltaStarts.length && this.#deltaStarts[0]!.text < cut.text)
      this.#deltaStarts.shift();
    for (const event of this.#held.splice(0, count)) this.#target.emit(event);
  }

  /**
   * Where to cut what a checkpoint passed: at its end when no word goes on across it (text that came since shows
   * that), else before the last of its deltas that starts a new word. Text that came after the checkpoint began
   * is read only to find the boundaries; none of it is passed on.
   */
  #wordCut(upTo: number, checked: number): { event: number; text: number } {
    const boundaries = wordBoundaries(this.#text, this.#releasedText);
    const whole = { event: upTo, text: checked };
    if (boundaries.has(checked)) return whole;
    for (let index = this.#deltaStarts.length - 1; index >= 0; index--) {
      const start = this.#deltaStarts[index]!;
      if (start.text <= this.#releasedText) break;
      if (start.text < checked && boundaries.has(start.text))
        return { event: start.event, text: start.text };
    }
    // No word ended in what this checkpoint added: one word longer than a checkpoint is passed on as it is, so that
    // the stream never stalls until the final check.
    return whole;
  }

  #failed(turn: number, guard: TurnOutputGuard, error: unknown): void {
    if (!this.#isCurrent(turn)) return;
    const streaming = this.#phase === 'streaming';
    this.#phase = 'failed';
    this.#held = [];
    this.#failure = { error };
    if (streaming) guard.abortTurn(error);
  }

  /** Whether a check's verdict still matters: its turn is on, and its text was not passed on unchecked meanwhile. */
  #isCurrent(turn: number): boolean {
    return (
      turn === this.#turn &&
      (this.#phase === 'streaming' || this.#phase === 'final')
    );
  }

  #flush(): void {
    if (this.#phase === 'failed') return;
    const held = this.#held;
    this.#held = [];
    this.#releasedEvents += held.length;
    this.#deltaStarts = [];
    for (const event of held) this.#target.emit(event);
  }
}

/** Whether a response asks the run to go on (tool calls, a handoff), so its text is not the final answer. */
function asksForMore(output: readonly AgentOutputItem[]): boolean {
  return output.some((item) => {
    const role = itemKind(item.type)?.role;
    return (
      role === 'function_call' ||
      role === 'local_call' ||
      role === 'approval_request'
    );
  });
}
