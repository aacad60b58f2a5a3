import {
  EXPORT_PREPARED,
  isPreparingExporter,
  PREPARE_ITEM,
  type PreparingExporter,
} from './prepared-export.js';
import type { TracingExporter, TracingProcessor } from './processor.js';
import { guarded, reportFailure, RESOLVED } from './report-failure.js';
import type { Span } from './span.js';
import type { Trace } from './trace.js';

/** How many exports may be under way at once, when one alone falls behind. */
const MAX_EXPORTS_IN_FLIGHT = 4;

/** Options of {@link BatchTraceProcessor}. */
export interface BatchTraceProcessorOptions {
  /** The most traces and spans it holds; past that it drops new ones (and counts them). Default 1000. */
  maxQueueSize?: number;
  /** The most items one export sends. Default 100. */
  maxBatchSize?: number;
  /** How long an item may wait before it is sent, in ms. Default 5000. */
  scheduleDelay?: number;
  /** How full the queue may get (0 to 1) before it is sent at once. Default 0.8. */
  exportTriggerRatio?: number;
}

/**
 * Queues traces (when they start) and spans (when they end) and hands them to an exporter in batches: after
 * `scheduleDelay`, when the queue is nearly full, on `forceFlush`, and before the process exits; up to four
 * exports run at once when one alone falls behind. The queue is
 * bounded — when the exporter cannot keep up, new items are dropped and counted in {@link droppedCount} — and a
 * run never waits for it. Its timer never keeps the process alive.
 *
 * @example
 * addTraceProcessor(new BatchTraceProcessor(new ConsoleSpanExporter()));
 */
export class BatchTraceProcessor implements TracingProcessor {
  readonly #exporter: TracingExporter;
  readonly #preparing: PreparingExporter<unknown> | undefined;
  readonly #maxQueueSize: number;
  readonly #maxBatchSize: number;
  readonly #scheduleDelay: number;
  readonly #triggerSize: number;
  /** Items, or what the exporter prepared of them when it prepares them (see prepared-export.ts). */
  #queue: unknown[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Exports under way: each sends batches one after the other while there is work (see `#drain`). */
  #lanes = new Set<Promise<void>>();
  /** How many items at the head of the queue are due (a flush or the timer asked for them), full batch or not. */
  #due = 0;
  #abort = new AbortController();
  #dropped = 0;

  constructor(
    exporter: TracingExporter,
    options: BatchTraceProcessorOptions = {},
  ) {
    this.#exporter = exporter;
    this.#preparing = isPreparingExporter(exporter) ? exporter : undefined;
    this.#maxQueueSize = Math.max(1, options.maxQueueSize ?? 1000);
    this.#maxBatchSize = Math.max(1, options.maxBatchSize ?? 100);
    this.#scheduleDelay = options.scheduleDelay ?? 5000;
    this.#triggerSize = Math.max(
      1,
      Math.floor(this.#maxQueueSize * (options.exportTriggerRatio ?? 0.8)),
    );
  }

  /** How many traces and spans were dropped because the queue was full. */
  get droppedCount(): number {
    return this.#dropped;
  }

  /** How many traces and spans wait to be sent. */
  get queueSize(): number {
    return this.#queue.length;
  }

  /** Arms the export timer for whatever is queued (it arms itself when items arrive). */
  start(): void {
    if (this.#queue.length > 0) this.#schedule();
  }

  /** Queues the trace. */
  onTraceStart(trace: Trace): Promise<void> {
    this.#add(trace);
    return RESOLVED;
  }

  /** Nothing: the trace was queued when it started. */
  onTraceEnd(): Promise<void> {
    // The trace was queued when it started: that is what backends expect.
    return RESOLVED;
  }

  /** Nothing: spans are queued when they end. */
  onSpanStart(): Promise<void> {
    // Spans are queued when they end, complete.
    return RESOLVED;
  }

  /** Queues the finished span. */
  onSpanEnd(span: Span<any>): Promise<void> {
    this.#add(span);
    return RESOLVED;
  }

  /** Sends everything queued now, and waits for exports already under way. */
  async forceFlush(): Promise<void> {
    this.#cancelTimer();
    this.#due = this.#queue.length;
    await this.#drain();
  }

  /** Sends everything queued; after `timeout` ms, exports in flight are aborted and what is left is dropped. */
  async shutdown(timeout?: number): Promise<void> {
    this.#cancelTimer();
    const timer =
      timeout === undefined
        ? undefined
        : setTimeout(() => this.#abort.abort(), timeout);
    timer?.unref?.();
    this.#due = this.#queue.length;
    try {
      await this.#drain();
    } finally {
      clearTimeout(timer);
      if (this.#abort.signal.aborted) {
        this.#queue = [];
        this.#due = 0;
        this.#abort = new AbortController();
      }
    }
  }

  #add(item: Trace | Span<any>): void {
    if (this.#queue.length >= this.#maxQueueSize) {
      if (this.#dropped === 0)
        reportFailure(
          `The trace export queue is full (${this.#maxQueueSize} items): dropping traces and spans until the exporter catches up.`,
        );
      this.#dropped += 1;
      return;
    }
    if (this.#preparing) {
      const prepared = this.#preparing[PREPARE_ITEM](item);
      if (prepared === undefined) return;
      this.#queue.push(prepared);
    } else this.#queue.push(item);
    if (this.#queue.length >= this.#triggerSize) void this.#drain();
    else this.#schedule();
  }

  #schedule(): void {
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#due = this.#queue.length;
      void this.#drain();
    }, this.#scheduleDelay);
    // Waiting to export is no reason to keep a process alive: exit flushes through the provider's `beforeExit`.
    this.#timer.unref?.();
  }

  #cancelTimer(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  // Sends what is due, then goes on only while a full batch waits: items that arrive while a post is in flight
  // wait for the timer or a full batch, rather than keep the exporter posting a few items at a time for as long as
  // runs go on. One export runs at a time, and another starts (up to four) when the queue reaches its trigger size
  // even so: the posts' latency, not their cost, is what falls behind when many runs are in flight. Resolves once
  // no export is under way.
  async #drain(): Promise<void> {
    if (
      this.#lanes.size === 0 ||
      (this.#lanes.size < MAX_EXPORTS_IN_FLIGHT &&
        this.#queue.length >= this.#triggerSize)
    ) {
      const lane: Promise<void> = this.#runLane().finally(() => {
        this.#lanes.delete(lane);
        if (
          this.#lanes.size === 0 &&
          this.#queue.length > 0 &&
          !this.#abort.signal.aborted
        )
          this.#schedule();
      });
      this.#lanes.add(lane);
    }
    while (this.#lanes.size > 0) await Promise.all(this.#lanes);
  }

  async #runLane(): Promise<void> {
    while (!this.#abort.signal.aborted) {
      const waiting = this.#queue.length;
      if (waiting === 0 || (this.#due === 0 && waiting < this.#maxBatchSize))
        return;
      const batch = this.#queue.splice(0, this.#maxBatchSize);
      this.#due = Math.max(0, this.#due - batch.length);
      const signal = this.#abort.signal;
      await guarded('A trace exporter', () =>
        this.#preparing
          ? this.#preparing[EXPORT_PREPARED](batch, signal)
          : this.#exporter.export(batch as (Trace | Span<any>)[], signal),
      );
    }
  }
}
