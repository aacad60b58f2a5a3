import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  fakeSpan,
  fakeTrace,
  newTraceId,
} from '../../test/support/fake-trace.js';
import { LocalTraceStore } from './local-trace-store.js';
import { parseTraceRecords } from './parse-trace-records.js';
import { isSegmentName } from './segment-name.js';
import type { TraceRecord } from './trace-record.js';
import { TraceStoreReader } from './trace-store-reader.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'baton-store-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function segments(folder = dir): string[] {
  return readdirSync(folder).filter(isSegmentName).sort();
}

/** Every record of the folder, file by file, and how many lines were not records. */
function readAll(folder = dir): {
  records: TraceRecord[];
  skippedLines: number;
} {
  let skippedLines = 0;
  const records = segments(folder).flatMap((name) => {
    const parsed = parseTraceRecords(readFileSync(join(folder, name), 'utf8'));
    skippedLines += parsed.skippedLines;
    return parsed.records;
  });
  return { records, skippedLines };
}

function traceIdOf(record: TraceRecord): string {
  return 'span' in record ? record.span.trace_id : record.trace.id;
}

describe('LocalTraceStore', () => {
  it('appends each trace and span event as one JSON line of its toJSON() shape', async () => {
    const store = new LocalTraceStore({ dir });
    const trace = fakeTrace(undefined, 'Support');
    const span = fakeSpan(trace, { type: 'agent', name: 'Triage' });
    await store.onTraceStart(trace);
    await store.onSpanStart(span);
    await store.forceFlush();
    await store.onSpanEnd(span);
    await store.onTraceEnd(trace);
    await store.forceFlush();
    expect(segments()).toHaveLength(1);
    const lines = readFileSync(join(dir, segments()[0]), 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    const records = lines.map((line) => JSON.parse(line));
    expect(records.map((record) => record.event)).toEqual([
      'trace_start',
      'span_start',
      'span_end',
      'trace_end',
    ]);
    expect(records[0].trace).toEqual(trace.json);
    expect(records[1].span).toEqual(span.json);
    for (const record of records) expect(Date.parse(record.time)).not.toBeNaN();
  });

  it('writes no start record for a span that ended before the next write, only for one still running', async () => {
    const store = new LocalTraceStore({ dir });
    const trace = fakeTrace(undefined, 'Support');
    const quick = fakeSpan(trace, { type: 'handoff', name: 'quick' });
    const slow = fakeSpan(trace, { type: 'response', name: 'slow' });
    await store.onTraceStart(trace);
    await store.onSpanStart(slow);
    await store.onSpanStart(quick);
    await store.onSpanEnd(quick);
    await store.forceFlush();
    const spanEvents = readAll().records.flatMap((record) =>
      'span' in record ? [[record.event, record.span.id]] : [],
    );
    expect(spanEvents).toEqual([
      ['span_end', quick.spanId],
      ['span_start', slow.spanId],
    ]);
  });

  it('writes what arrives within writeDelay in one write, with no start record for spans that ended meanwhile', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const store = new LocalTraceStore({ dir, writeDelay: 30 });
      const trace = fakeTrace();
      await store.onTraceStart(trace);
      for (const step of [0, 1, 2]) {
        const span = fakeSpan(trace, {
          type: 'custom',
          name: `step-${step}`,
          data: {},
        });
        await store.onSpanStart(span);
        await new Promise((resolve) => setImmediate(resolve));
        await store.onSpanEnd(span);
      }
      vi.advanceTimersByTime(29);
      expect(segments()).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(readAll().records.map((record) => record.event)).toEqual([
        'trace_start',
        'span_end',
        'span_end',
        'span_end',
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes at once, before writeDelay, when the pending records grow past a quarter of a MiB', async () => {
    const store = new LocalTraceStore({ dir, writeDelay: 60_000 });
    const trace = fakeTrace();
    await store.onTraceStart(trace);
    const text = 'x'.repeat(10_000);
    for (let step = 0; step < 30; step++)
      await store.onSpanEnd(
        fakeSpan(trace, { type: 'custom', name: `s${step}`, data: { text } }),
      );
    const written = readAll().records.length;
    expect(written).toBeGreaterThan(20);
    expect(written).toBeLessThan(31);
    await store.shutdown();
  });

  it('keeps concurrent runs of one process apart, one file per trace', async () => {
    // Written at every tick: each span's start is written while it runs.
    const store = new LocalTraceStore({ dir, writeDelay: 0 });
    const run = async (index: number) => {
      const trace = fakeTrace(undefined, `run-${index}`);
      await store.onTraceStart(trace);
      for (let step = 0; step < 20; step++) {
        const span = fakeSpan(trace, {
          type: 'custom',
          name: `step-${step}`,
          data: {},
        });
        await store.onSpanStart(span);
        await new Promise((resolve) => setImmediate(resolve));
        await store.onSpanEnd(span);
      }
      await store.onTraceEnd(trace);
      return trace.traceId;
    };
    const ids = await Promise.all(
      Array.from({ length: 8 }, (_, index) => run(index)),
    );
    await store.forceFlush();
    const { records, skippedLines } = readAll();
    expect(skippedLines).toBe(0);
    for (const id of ids)
      expect(records.filter((record) => traceIdOf(record) === id)).toHaveLength(
        42,
      );
    const reader = new TraceStoreReader(dir);
    for (const id of ids)
      expect((await reader.readTrace(id))?.spans).toHaveLength(20);
  });

  it('keeps whole records when several processes write at once, even to one shared trace', async () => {
    const child = fileURLToPath(
      new URL('../../test/support/write-traces-child.ts', import.meta.url),
    );
    const shared = newTraceId();
    const children = [1, 2, 3].map((worker) =>
      spawn(
        process.execPath,
        ['--import', 'tsx', child, dir, String(worker), '15', shared],
        { stdio: ['ignore', 'ignore', 'inherit'] },
      ),
    );
    try {
      const codes = await Promise.all(children.map((c) => once(c, 'exit')));
      expect(codes.map(([code]) => code)).toEqual([0, 0, 0]);
    } finally {
      for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    }
    expect(segments()).toHaveLength(3);
    const { records, skippedLines } = readAll();
    expect(skippedLines).toBe(0);
    expect(records).toHaveLength(3 * 15 * 5);
    const reader = new TraceStoreReader(dir);
    expect((await reader.readTrace(shared))?.spans).toHaveLength(45);
    expect((await reader.listTraces({ limit: 1000 })).total).toBe(46);
  });

  it('writes what is pending when the process exits without a flush', async () => {
    const child = fileURLToPath(
      new URL('../../test/support/write-traces-child.ts', import.meta.url),
    );
    const shared = newTraceId();
    const process_ = spawn(
      process.execPath,
      ['--import', 'tsx', child, dir, '7', '1', shared, 'exit-without-flush'],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    expect((await once(process_, 'exit'))[0]).toBe(0);
    const { traces } = await new TraceStoreReader(dir).listTraces({
      workflow: 'worker-7',
    });
    expect(traces).toHaveLength(1);
    expect(traces[0].in_progress).toBe(false);
  });

  it('never turns a caller-chosen trace id into a path', async () => {
    const store = new LocalTraceStore({ dir });
    await store.onTraceStart(fakeTrace('../../escape/me', 'odd id'));
    await store.forceFlush();
    expect(readdirSync(dir)).toEqual(segments());
    const stored = await new TraceStoreReader(dir).readTrace('../../escape/me');
    expect(stored?.trace?.workflow_name).toBe('odd id');
  });

  it('starts a new file past segmentBytes, and a trace split across files reads whole', async () => {
    const store = new LocalTraceStore({ dir, segmentBytes: 200 });
    const trace = fakeTrace();
    await store.onTraceStart(trace);
    for (let step = 0; step < 5; step++) {
      await store.onSpanEnd(
        fakeSpan(trace, { type: 'custom', name: `s${step}`, data: {} }),
      );
      await store.forceFlush();
    }
    expect(segments().length).toBeGreaterThan(1);
    expect(
      (await new TraceStoreReader(dir).readTrace(trace.traceId))?.spans,
    ).toHaveLength(5);
  });

  it('counts a file in bytes, not characters: multi-byte text starts the next file once its bytes pass segmentBytes', async () => {
    const store = new LocalTraceStore({ dir, segmentBytes: 1000 });
    const trace = fakeTrace();
    // 400 characters of 2 bytes and two of 4: under 1,000 characters with the record around them, over 1,000 bytes.
    const text = `${'é'.repeat(400)}🙂🙂`;
    await store.onSpanEnd(
      fakeSpan(trace, { type: 'custom', name: 'wide', data: { text } }),
    );
    await store.forceFlush();
    expect(readFileSync(join(dir, segments()[0])).length).toBeGreaterThan(1000);
    await store.onSpanEnd(
      fakeSpan(trace, { type: 'custom', name: 'next', data: {} }),
    );
    await store.forceFlush();
    expect(segments()).toHaveLength(2);
    // Files made within one millisecond sort by their random part: find the record by its span, not its place.
    const wide = readAll().records.find(
      (record) => 'span' in record && record.span.span_data.name === 'wide',
    );
    const data =
      wide && 'span' in wide
        ? (wide.span.span_data.data as { text?: string })
        : undefined;
    expect(data?.text).toBe(text);
  });

  it('skips traces and spans whose toJSON() is null (tracing disabled)', async () => {
    const store = new LocalTraceStore({ dir });
    await store.onTraceStart({ traceId: 'trace_noop', toJSON: () => null });
    await store.onSpanEnd({
      traceId: 'trace_noop',
      spanId: 'span_noop',
      toJSON: () => null,
    });
    await store.forceFlush();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('as an exporter records traces as started and spans as ended', async () => {
    const store = new LocalTraceStore({ dir });
    const trace = fakeTrace();
    await store.export([trace, fakeSpan(trace, { type: 'agent', name: 'A' })]);
    expect(readAll().records.map((record) => record.event)).toEqual([
      'trace_start',
      'span_end',
    ]);
  });

  it('counts a failed write instead of throwing into the run', async () => {
    const blocker = join(dir, 'not-a-folder');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(blocker, '');
    const store = new LocalTraceStore({ dir: join(blocker, 'traces') });
    await store.onTraceStart(fakeTrace());
    await store.forceFlush();
    expect(store.writeErrors).toBe(1);
  });

  it('makes its folder again when it was removed between writes', async () => {
    const store = new LocalTraceStore({ dir: join(dir, 'traces') });
    await store.onTraceStart(fakeTrace());
    await store.forceFlush();
    rmSync(join(dir, 'traces'), { recursive: true });
    const trace = fakeTrace();
    await store.onTraceStart(trace);
    await store.forceFlush();
    expect(store.writeErrors).toBe(0);
    expect(segments(join(dir, 'traces'))).toHaveLength(1);
    expect(readAll(join(dir, 'traces')).records[0]).toMatchObject({
      trace: { id: trace.traceId },
    });
  });

  it('removes the oldest traces beyond the retention limit as new ones arrive', async () => {
    const store = new LocalTraceStore({
      dir,
      retention: { maxTraces: 3 },
      pruneEvery: 1,
    });
    const ids: string[] = [];
    for (let index = 0; index < 6; index++) {
      const trace = fakeTrace();
      ids.push(trace.traceId);
      await store.onTraceStart(trace);
      await store.forceFlush();
      // mtime resolution: make each file visibly newer than the last.
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    await store.forceFlush();
    const { traces } = await new TraceStoreReader(dir).listTraces();
    expect(traces.map((trace) => trace.id).sort()).toEqual(ids.slice(3).sort());
  });
});
