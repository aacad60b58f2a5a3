import type { Span } from './span.js';
import type { Trace } from './trace.js';

/**
 * Receives every trace and span as it starts and ends (the `@openai/agents` interface). Register one with
 * `addTraceProcessor`. A processor that throws or rejects is reported and skipped; the run never notices.
 */
export interface TracingProcessor {
  /** Starts background work such as an export loop (called by `startTraceExportLoop`). */
  start?(): void;
  /** A trace began. */
  onTraceStart(trace: Trace): Promise<void>;
  /** A trace ended. */
  onTraceEnd(trace: Trace): Promise<void>;
  /** A span began. */
  onSpanStart(span: Span<any>): Promise<void>;
  /** A span ended: its data, error and end time are final. */
  onSpanEnd(span: Span<any>): Promise<void>;
  /** Sends what is pending and stops; gives up after `timeout` ms when given. */
  shutdown(timeout?: number): Promise<void>;
  /** Sends what is pending now. */
  forceFlush(): Promise<void>;
}

/** Sends finished traces and spans somewhere (a backend, the console). Used by `BatchTraceProcessor`. */
export interface TracingExporter {
  /** Sends `items`; stops early when `signal` aborts. Should not throw: a failed export is the exporter's to log. */
  export(items: (Trace | Span<any>)[], signal?: AbortSignal): Promise<void>;
}
