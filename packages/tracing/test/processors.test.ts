import { describe, expect, it, vi } from 'vitest';
import {
  BatchTraceProcessor,
  MultiTracingProcessor,
  Span,
  Trace,
  type TracingExporter,
} from '../src/index.js';
import { silent } from './support/silent-processor.js';

function spanNumber(n: number): Span<any> {
  return new Span(
    {
      traceId: 'trace_1',
      data: { type: 'custom', name: `s${n}`, data: {} },
    },
    silent,
  );
}

/** An exporter whose exports stay pending until released. */
class GatedExporter implements TracingExporter {
  readonly batches: string[][] = [];
  #release: (() => void)[] = [];
  gated = true;
  async export(items: (Trace | Span<any>)[]): Promise<void> {
    this.batches.push(
      items.map((item) =>
        item.type === 'trace' ? item.name : item.spanData.name,
      ),
    );
    if (this.gated) await new Promise<void>((r) => this.#release.push(r));
  }
  release(): void {
    this.gated = false;
    for (const release of this.#release.splice(0)) release();
  }
}

describe('BatchTraceProcessor', () => {
  it('sends queued traces and spans in batches on forceFlush', async () => {
    const exporter = new GatedExporter();
    exporter.gated = false;
    const processor = new BatchTraceProcessor(exporter, { maxBatchSize: 2 });
    await processor.onTraceStart(new Trace({ name: 't' }));
    for (const n of [1, 2, 3]) await processor.onSpanEnd(spanNumber(n));
    await processor.forceFlush();
    expect(exporter.batches).toEqual([
      ['t', 's1'],
      ['s2', 's3'],
    ]);
    expect(processor.queueSize).toBe(0);
  });

  it('never waits for a stuck exporter, starts at most four exports, and drops (and counts) what does not fit in its bounded queue', async () => {
    const exporter = new GatedExporter();
    const processor = new BatchTraceProcessor(exporter, {
      maxQueueSize: 10,
      maxBatchSize: 5,
    });
    // Each time the queue reaches 8 items another export starts, up to four, which never finish: then the queue
    // fills behind them.
    for (let n = 1; n <= 40; n++) await processor.onSpanEnd(spanNumber(n));
    expect(exporter.batches).toHaveLength(4);
    expect(processor.queueSize).toBe(10);
    expect(processor.droppedCount).toBe(10);
    exporter.release();
    await processor.forceFlush();
    expect(processor.queueSize).toBe(0);
    expect(exporter.batches.flat()).toHaveLength(30);
  });

  it('holds items that arrive during an export until a full batch or the timer, instead of posting them a few at a time', async () => {
    vi.useFakeTimers();
    try {
      const exporter = new GatedExporter();
      const processor = new BatchTraceProcessor(exporter, {
        maxQueueSize: 10,
        maxBatchSize: 4,
        exportTriggerRatio: 0.4,
        scheduleDelay: 1000,
      });
      for (const n of [1, 2, 3, 4, 5, 6])
        await processor.onSpanEnd(spanNumber(n));
      exporter.release();
      await vi.advanceTimersByTimeAsync(0);
      // s5 and s6 came while the first batch was in flight: they wait.
      expect(exporter.batches).toEqual([['s1', 's2', 's3', 's4']]);
      expect(processor.queueSize).toBe(2);
      for (const n of [7, 8]) await processor.onSpanEnd(spanNumber(n));
      await vi.advanceTimersByTimeAsync(0);
      expect(exporter.batches[1]).toEqual(['s5', 's6', 's7', 's8']);
      await processor.onSpanEnd(spanNumber(9));
      await vi.advanceTimersByTimeAsync(999);
      expect(exporter.batches).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1);
      expect(exporter.batches[2]).toEqual(['s9']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives up on a stuck export at the shutdown timeout', async () => {
    let aborted = false;
    const processor = new BatchTraceProcessor({
      export: (_items, signal) =>
        new Promise<void>((resolve) =>
          signal?.addEventListener('abort', () => {
            aborted = true;
            resolve();
          }),
        ),
    });
    await processor.onSpanEnd(spanNumber(1));
    await processor.shutdown(10);
    expect(aborted).toBe(true);
  });

  it('sends what it holds when the process is about to exit', async () => {
    const { getGlobalTraceProvider } = await import('../src/index.js');
    const exporter = new GatedExporter();
    exporter.gated = false;
    const processor = new BatchTraceProcessor(exporter);
    getGlobalTraceProvider().setProcessors([processor]);
    try {
      await processor.onSpanEnd(spanNumber(1));
      process.emit('beforeExit', 0);
      await new Promise((resolve) => setImmediate(resolve));
      expect(exporter.batches).toEqual([['s1']]);
    } finally {
      getGlobalTraceProvider().setProcessors([]);
    }
  });
});

describe('MultiTracingProcessor', () => {
  it('tells every processor, whatever another one throws or rejects', async () => {
    const heard: string[] = [];
    const multi = new MultiTracingProcessor();
    multi.addTraceProcessor({
      ...silent,
      onSpanEnd: () => {
        throw new Error('sync failure');
      },
    });
    multi.addTraceProcessor({
      ...silent,
      onSpanEnd: () => Promise.reject(new Error('async failure')),
    });
    multi.addTraceProcessor({
      ...silent,
      onSpanEnd: async (span) => void heard.push(span.spanData.name),
    });
    await expect(multi.onSpanEnd(spanNumber(7))).resolves.toBeUndefined();
    expect(heard).toEqual(['s7']);
  });

  it('shuts down the processors it replaces', async () => {
    const shut: string[] = [];
    const multi = new MultiTracingProcessor();
    multi.addTraceProcessor({
      ...silent,
      shutdown: async () => void shut.push('old'),
    });
    multi.setProcessors([silent]);
    expect(shut).toEqual(['old']);
    expect(multi.size).toBe(1);
  });
});
