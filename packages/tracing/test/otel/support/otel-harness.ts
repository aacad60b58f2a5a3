// An OpenTelemetry SDK tracer provider that keeps every finished span in memory, for the processor's tests.
import { context } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-base';
import { afterEach, beforeEach } from 'vitest';
import { OpenTelemetryTracingProcessor } from '../../../src/otel/index.js';

export interface OtelHarness {
  provider: BasicTracerProvider;
  exporter: InMemorySpanExporter;
  /** The finished span named `name`; fails when there is not exactly one. */
  span(name: string): ReadableSpan;
  close(): Promise<void>;
}

/** A provider with an in-memory exporter and, so that active contexts work, the AsyncLocalStorage context manager. */
export function startOtelHarness(): OtelHarness {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  context.setGlobalContextManager(
    new AsyncLocalStorageContextManager().enable(),
  );
  return {
    provider,
    exporter,
    span(name) {
      const found = exporter
        .getFinishedSpans()
        .filter((span) => span.name === name);
      if (found.length !== 1)
        throw new Error(
          `expected one span named ${name}, found ${found.length} among ${exporter
            .getFinishedSpans()
            .map((span) => span.name)
            .join(', ')}`,
        );
      return found[0]!;
    },
    async close() {
      await provider.shutdown();
      context.disable();
    },
  };
}

/** The parent span id of an exported span. */
export function parentIdOf(span: ReadableSpan): string | undefined {
  return span.parentSpanContext?.spanId;
}

/** An exported span's time in epoch milliseconds. */
export function millisOf(time: [number, number]): number {
  return time[0] * 1000 + time[1] / 1e6;
}

/**
 * Gives each test of the file a fresh harness and a processor on its provider, handed to `assign` before the
 * test, and closes the harness after it.
 */
export function withOtelProcessor(
  assign: (otel: OtelHarness, processor: OpenTelemetryTracingProcessor) => void,
): void {
  let current: OtelHarness | undefined;
  beforeEach(() => {
    current = startOtelHarness();
    assign(
      current,
      new OpenTelemetryTracingProcessor({ tracerProvider: current.provider }),
    );
  });
  afterEach(async () => {
    await current?.close();
  });
}
