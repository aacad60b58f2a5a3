import type { Agent } from '../agent/agent.js';
import { UserError } from '../errors/errors.js';
import type { RunState } from '../state/run-state.js';
import type { EventSink } from '../streaming/event-sink.js';
import type { RunStreamEvent } from '../streaming/events.js';
import { RunResult } from './result.js';
import type { PriceTable } from '../cost/price-table.js';

/** Options of {@link StreamedRunResult.toTextStream}. */
export interface TextStreamOptions {
  /** Return a Node.js `Readable` instead of a web `ReadableStream`. */
  compatibleWithNodeStreams?: boolean;
}

type Resolve = (result: IteratorResult<RunStreamEvent>) => void;
type Reject = (error: unknown) => void;

/**
 * A run in progress, returned by `run(..., { stream: true })`. Iterate it for events as they happen; leaving the
 * loop early (or aborting the run's signal) cancels the run and closes the model's HTTP stream at once.
 * The `RunResult` fields fill in as the run goes; `completed` settles when it ends.
 */
export class StreamedRunResult<
  TContext = unknown,
  TAgent extends Agent<TContext, any> = Agent<TContext, any>,
>
  extends RunResult<TContext, TAgent>
  implements AsyncIterable<RunStreamEvent>
{
  /** Resolves when the run has finished or been cancelled by the consumer; rejects with the run's error. */
  readonly completed: Promise<void>;
  readonly #queue: RunStreamEvent[] = [];
  readonly #cancel: (reason: unknown) => void;
  // The consumer's pending `next()`, kept as two fields filled by one executor made once: no closure or object per
  // event the consumer waits for.
  #resolveNext: Resolve | undefined;
  #rejectNext: Reject | undefined;
  readonly #awaitNext = (resolve: Resolve, reject: Reject): void => {
    this.#resolveNext = resolve;
    this.#rejectNext = reject;
  };
  #finished = false;
  #error: unknown = undefined;
  #iterated = false;
  #cancelled = false;
  #settle!: (error?: unknown) => void;

  /** @internal */
  constructor(
    state: RunState<TContext, TAgent>,
    cancel: (reason: unknown) => void,
    priceTable?: PriceTable,
  ) {
    super(state, priceTable);
    this.#cancel = cancel;
    this.completed = new Promise<void>((resolve, reject) => {
      this.#settle = (error) =>
        error === undefined || this.#cancelled ? resolve() : reject(error);
    });
    // A caller who only iterates must not get an unhandled rejection from `completed`.
    this.completed.catch(() => {});
  }

  /** The error the run ended with, if any. */
  get error(): unknown {
    return this.#error;
  }

  /** Whether the consumer cancelled the run (by leaving the loop or calling `cancel()`). */
  get cancelled(): boolean {
    return this.#cancelled;
  }

  /** The agent in charge now. */
  get currentAgent(): Agent<any, any> {
    return this.state.currentAgent;
  }

  /** Model calls made so far. */
  get currentTurn(): number {
    return this.state.currentTurn;
  }

  /** The most model calls this run may make. */
  get maxTurns(): number {
    return this.state.maxTurns;
  }

  /** Stops the run: the model call in flight is aborted and no further tools start. */
  cancel(): void {
    if (this.#finished) return;
    this.#cancelled = true;
    this.#cancel(new Error('The streamed run was cancelled by its consumer.'));
  }

  /** @internal How many events wait for the consumer. */
  get bufferedEventCount(): number {
    return this.#queue.length;
  }

  /** @internal The loop's sink: queues events for the consumer. */
  readonly sink: EventSink = {
    active: true,
    emit: (event) => {
      // After the consumer has gone nobody will read more; keeping events would only hold memory.
      if (this.#cancelled) return;
      const resolve = this.#resolveNext;
      if (resolve) {
        this.#resolveNext = this.#rejectNext = undefined;
        resolve({ value: event, done: false });
      } else this.#queue.push(event);
    },
  };

  /** @internal Called once when the loop ends. */
  end(error?: unknown): void {
    this.#finished = true;
    this.#error = error;
    this.#settle(error);
    const resolve = this.#resolveNext;
    const reject = this.#rejectNext;
    this.#resolveNext = this.#rejectNext = undefined;
    if (!resolve || !reject) return;
    if (error !== undefined && !this.#cancelled) reject(error);
    else resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterator<RunStreamEvent> {
    if (this.#iterated)
      throw new UserError('A streamed run can be iterated only once.');
    this.#iterated = true;
    let errorDelivered = false;
    return {
      next: () => {
        const event = this.#queue.shift();
        if (event) return Promise.resolve({ value: event, done: false });
        if (this.#finished) {
          if (
            this.#error !== undefined &&
            !this.#cancelled &&
            !errorDelivered
          ) {
            errorDelivered = true;
            return Promise.reject(this.#error);
          }
          return Promise.resolve({ value: undefined, done: true });
        }
        return new Promise(this.#awaitNext);
      },
      return: () => {
        this.cancel();
        this.#queue.length = 0;
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }

  /** The run's events as a web `ReadableStream`. Cancelling the stream cancels the run. */
  toStream(): ReadableStream<RunStreamEvent> & AsyncIterable<RunStreamEvent> {
    const iterator = this[Symbol.asyncIterator]();
    // Node's ReadableStream is async-iterable; the DOM lib's type does not say so, hence the intersection.
    return new ReadableStream<RunStreamEvent>({
      async pull(controller) {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      async cancel() {
        await iterator.return?.();
      },
    }) as ReadableStream<RunStreamEvent> & AsyncIterable<RunStreamEvent>;
  }

  /**
   * The model's text as it arrives, as a web `ReadableStream` (or a Node `Readable` with
   * `{ compatibleWithNodeStreams: true }`). Cancelling the stream cancels the run.
   */
  toTextStream(options?: {
    compatibleWithNodeStreams?: false;
  }): ReadableStream<string> & AsyncIterable<string>;
  toTextStream(options: {
    compatibleWithNodeStreams: true;
  }): import('node:stream').Readable;
  toTextStream(
    options: TextStreamOptions = {},
  ):
    | (ReadableStream<string> & AsyncIterable<string>)
    | import('node:stream').Readable {
    const iterator = this[Symbol.asyncIterator]();
    const stream = new ReadableStream<string>({
      async pull(controller) {
        for (;;) {
          const next = await iterator.next();
          if (next.done) return controller.close();
          const event = next.value;
          // Only the top-level run's text: nested runs' deltas (with `nestedEvents`) are not its answer.
          if (
            event.type === 'raw_model_stream_event' &&
            event.data.type === 'output_text_delta' &&
            event.origin === undefined
          ) {
            return controller.enqueue(event.data.delta);
          }
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    });
    if (!options.compatibleWithNodeStreams)
      return stream as ReadableStream<string> & AsyncIterable<string>;
    const streamModule = process.getBuiltinModule(
      'node:stream',
    ) as typeof import('node:stream');
    return streamModule.Readable.fromWeb(
      stream as import('node:stream/web').ReadableStream<string>,
    );
  }
}
