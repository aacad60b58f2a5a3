import type { TracingProcessor } from './processor.js';
import { getGlobalTraceProvider } from './trace-provider.js';

/** Adds a processor: it hears of every trace and span from now on, after the ones already registered. */
export function addTraceProcessor(processor: TracingProcessor): void {
  getGlobalTraceProvider().registerProcessor(processor);
}

/** Replaces every trace processor (the old ones are shut down, sending what they hold). `[]` removes them all. */
export function setTraceProcessors(processors: TracingProcessor[]): void {
  getGlobalTraceProvider().setProcessors(processors);
}

/**
 * Turns tracing off (`true`) or on for the whole process. It starts off under `NODE_ENV=test` or with
 * `OPENAI_AGENTS_DISABLE_TRACING=1`, on otherwise.
 */
export function setTracingDisabled(disabled: boolean): void {
  getGlobalTraceProvider().setDisabled(disabled);
}

/** Starts the processors' export loops (Baton's batch processor arms its timer by itself; kept for ported code). */
export function startTraceExportLoop(): void {
  getGlobalTraceProvider().startExportLoop();
}
