import type { TracingProcessor } from './processor.js';
import { guarded, reportFailure, RESOLVED, settled } from './report-failure.js';
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
    return this.#each(ON_TRACE_START, 'onTraceStart', trace);
  }
  /** Calls `onTraceEnd` of every processor. */
  onTraceEnd(trace: Trace): Promise<void> {
    return this.#each(ON_TRACE_END, 'onTraceEnd', trace);
  }
  /** Calls `onSpanStart` of every processor. */
  onSpanStart(span: Span<any>): Promise<void> {
    return this.#each(ON_SPAN_START, 'onSpanStart', span);
  }
  /** Calls `onSpanEnd` of every processor. */
  onSpanEnd(span: Span<any>): Promise<void> {
    return this.#each(ON_SPAN_END, 'onSpanEnd', span);
  }
  /** Calls `shutdown` of every processor. */
  shutdown(timeout?: number): Promise<void> {
    return this.#each('A tracing processor (shutdown)', 'shutdown', timeout);
  }
  /** Calls `forceFlush` of every processor. */
  forceFlush(): Promise<void> {
    return this.#each(
      'A tracing processor (forceFlush)',
      'forceFlush',
      undefined,
    );
  }

  /**
   * Calls `method` of every processor before any is awaited: each hears of the event at once, in registration
   * order. This runs twice per span, so processors that are done at once (they return `RESOLVED`) cost no promise.
   */
  #each<TMethod extends ProcessorMethod>(
    what: string,
    method: TMethod,
    argument: Parameters<TracingProcessor[TMethod]>[0],
  ): Promise<void> {
    let pending: Promise<void>[] | undefined;
    for (const processor of this.#processors) {
      let result: unknown;
      try {
        result = (
          processor[method] as (
            this: TracingProcessor,
            value: typeof argument,
          ) => Promise<void>
        ).call(processor, argument);
      } catch (error) {
        reportFailure(`${what} failed`, error);
        continue;
      }
      if (result !== RESOLVED) (pending ??= []).push(settled(what, result));
    }
    if (pending === undefined) return RESOLVED;
    return pending.length === 1 ? pending[0]! : Promise.all(pending).then(noop);
  }
}

type ProcessorMethod =
  | 'onTraceStart'
  | 'onTraceEnd'
  | 'onSpanStart'
  | 'onSpanEnd'
  | 'shutdown'
  | 'forceFlush';

const ON_TRACE_START = 'A tracing processor (onTraceStart)';
const ON_TRACE_END = 'A tracing processor (onTraceEnd)';
const ON_SPAN_START = 'A tracing processor (onSpanStart)';
const ON_SPAN_END = 'A tracing processor (onSpanEnd)';

function noop(): void {}
