import type { TracingProcessor } from './processor.js';
import { guarded } from './report-failure.js';
import type { Span } from './span.js';
import type { Trace } from './trace.js';

/**
 * Hands every event to each of several processors. They are isolated: one that throws, rejects or is slow never
 * keeps the others from hearing of the event, and never reaches the traced code.
 */
export class MultiTracingProcessor implements TracingProcessor {
  #processors: TracingProcessor[] = [];

  /** How many processors it hands events to. */
  get size(): number {
    return this.#processors.length;
  }

  /** Starts every processor's background work. */
  start(): void {
    for (const processor of this.#processors)
      void guarded('A tracing processor (start)', () => processor.start?.());
  }

  /** Adds a processor after the others. */
  addTraceProcessor(processor: TracingProcessor): void {
    this.#processors = [...this.#processors, processor];
  }

  /** Replaces the processors; the old ones are shut down (they send what they hold). */
  setProcessors(processors: TracingProcessor[]): void {
    const old = this.#processors;
    this.#processors = [...processors];
    for (const processor of old)
      if (!processors.includes(processor))
        void guarded('A tracing processor (shutdown)', () =>
          processor.shutdown(),
        );
  }

  /** Calls `onTraceStart` of every processor. */
  onTraceStart(trace: Trace): Promise<void> {
    return this.#each('A tracing processor (onTraceStart)', (p) =>
      p.onTraceStart(trace),
    );
  }
  /** Calls `onTraceEnd` of every processor. */
  onTraceEnd(trace: Trace): Promise<void> {
    return this.#each('A tracing processor (onTraceEnd)', (p) =>
      p.onTraceEnd(trace),
    );
  }
  /** Calls `onSpanStart` of every processor. */
  onSpanStart(span: Span<any>): Promise<void> {
    return this.#each('A tracing processor (onSpanStart)', (p) =>
      p.onSpanStart(span),
    );
  }
  /** Calls `onSpanEnd` of every processor. */
  onSpanEnd(span: Span<any>): Promise<void> {
    return this.#each('A tracing processor (onSpanEnd)', (p) =>
      p.onSpanEnd(span),
    );
  }
  /** Calls `shutdown` of every processor. */
  shutdown(timeout?: number): Promise<void> {
    return this.#each('A tracing processor (shutdown)', (p) =>
      p.shutdown(timeout),
    );
  }
  /** Calls `forceFlush` of every processor. */
  forceFlush(): Promise<void> {
    return this.#each('A tracing processor (forceFlush)', (p) =>
      p.forceFlush(),
    );
  }

  #each(
    what: string,
    call: (processor: TracingProcessor) => Promise<void>,
  ): Promise<void> {
    const processors = this.#processors;
    if (processors.length === 0) return DONE;
    // The usual case, one processor, without the fan-out's allocations: this runs twice per span.
    if (processors.length === 1)
      return guarded(what, () => call(processors[0]!));
    // Every processor is called before any is awaited: each hears of the event at once, in registration order.
    const settled: Promise<void>[] = [];
    for (const processor of processors)
      settled.push(guarded(what, () => call(processor)));
    return Promise.all(settled).then(noop);
  }
}

const DONE = Promise.resolve();

function noop(): void {}
