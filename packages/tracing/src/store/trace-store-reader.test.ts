import {
  appendFileSync,
  readdirSync,
  mkdtempSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeSpan, fakeTrace } from '../../test/support/fake-trace.js';
import { LocalTraceStore } from './local-trace-store.js';
import { parseTraceRecords } from './parse-trace-records.js';
import { pruneTraceFiles } from './prune-trace-files.js';
import { isSegmentName } from './segment-name.js';
import type { TraceRecordsChange } from './trace-index.js';
import { TraceStoreReader } from './trace-store-reader.js';

let dir: string;

/** The one file a single store has written in the test. */
function onlySegment(): string {
  const names = readdirSync(dir).filter(isSegmentName);
  expect(names).toHaveLength(1);
  return join(dir, names[0]);
}
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'baton-reader-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function writeRun(
  store: LocalTraceStore,
  workflow: string,
  options: { error?: boolean; tripwire?: boolean; end?: boolean } = {},
) {
  const trace = fakeTrace(undefined, workflow);
  await store.onTraceStart(trace);
  const agent = fakeSpan(trace, {
    type: 'agent',
    name: 'Triage',
    handoffs: ['Billing'],
  });
  await store.onSpanEnd(agent);
  await store.onSpanEnd(
    fakeSpan(
      trace,
      {
        type: 'response',
        model: 'gpt-5-mini',
        usage: {
          input_tokens: 100,
          output_tokens: 20,
          total_tokens: 120,
          cached_input_tokens: 64,
          reasoning_tokens: 8,
        },
      },
      { parent: agent },
    ),
  );
  await store.onSpanEnd(
    fakeSpan(
      trace,
      { type: 'agent', name: 'Billing' },
      {
        error: options.error ? { message: 'boom' } : null,
      },
    ),
  );
  await store.onSpanEnd(
    fakeSpan(trace, {
      type: 'guardrail',
      name: 'pii',
      triggered: options.tripwire ?? false,
    }),
  );
  if (options.end ?? true) await store.onTraceEnd(trace);
  await store.forceFlush();
  return trace.traceId;
}

describe('parseTraceRecords', () => {
  it('leaves a last line without its newline for later and skips a torn line in the middle', () => {
    const whole = JSON.stringify({
      event: 'trace_start',
      time: 't',
      trace: { id: 'a' },
    });
    const text = `${whole}\n{"event":"span_e\n${whole}\n{"event":"span_end","ti`;
    const parsed = parseTraceRecords(text);
    expect(parsed.records).toHaveLength(2);
    expect(parsed.skippedLines).toBe(1);
    expect(text.slice(parsed.consumed)).toBe('{"event":"span_end","ti');
  });
});

describe('TraceStoreReader', () => {
  it('summarizes each trace: agents, token totals, error and tripwire flags', async () => {
    const store = new LocalTraceStore({ dir });
    const id = await writeRun(store, 'Support', {
      error: true,
      tripwire: true,
    });
    const { traces, total } = await new TraceStoreReader(dir).listTraces();
    expect(total).toBe(1);
    expect(traces[0]).toMatchObject({
      id,
      workflow_name: 'Support',
      agents: ['Triage', 'Billing'],
      usage: {
        input_tokens: 100,
        output_tokens: 20,
        total_tokens: 120,
        cached_input_tokens: 64,
        reasoning_tokens: 8,
      },
      span_count: 4,
      error: true,
      tripwire: true,
      in_progress: false,
    });
  });

  it('filters by text, workflow, agent and status', async () => {
    const store = new LocalTraceStore({ dir });
    await writeRun(store, 'Support');
    await writeRun(store, 'Refunds', { error: true });
    await writeRun(store, 'Refunds', { tripwire: true, end: false });
    const reader = new TraceStoreReader(dir);
    const names = async (options: Parameters<typeof reader.listTraces>[0]) =>
      (await reader.listTraces(options)).traces
        .map((t) => t.workflow_name)
        .sort();
    expect(await names({ q: 'refu' })).toEqual(['Refunds', 'Refunds']);
    expect(await names({ workflow: 'Support' })).toEqual(['Support']);
    expect(await names({ agent: 'Nobody' })).toEqual([]);
    expect(await names({ status: 'error' })).toEqual(['Refunds']);
    expect(await names({ status: 'ok' })).toEqual(['Support']);
    expect(await names({ status: 'running' })).toEqual(['Refunds']);
    expect((await reader.listTraces({ limit: 1 })).traces).toHaveLength(1);
  });

  it('reads a trace being written: a torn last line is ignored, the rest is shown', async () => {
    const store = new LocalTraceStore({ dir });
    const id = await writeRun(store, 'Support', { end: false });
    appendFileSync(onlySegment(), '{"event":"span_end","time":"2026-');
    const reader = new TraceStoreReader(dir);
    const stored = await reader.readTrace(id);
    expect(stored?.spans).toHaveLength(4);
    expect(stored?.in_progress).toBe(true);
  });

  it('replaces a span started earlier by its ended record', async () => {
    const store = new LocalTraceStore({ dir });
    const trace = fakeTrace();
    const running = fakeSpan(
      trace,
      { type: 'agent', name: 'A' },
      { id: 'span_1', ended: false },
    );
    const ended = fakeSpan(
      trace,
      { type: 'agent', name: 'A', tools: ['t'] },
      { id: 'span_1' },
    );
    await store.onSpanStart(running);
    await store.onSpanEnd(ended);
    await store.forceFlush();
    const stored = await new TraceStoreReader(dir).readTrace(trace.traceId);
    expect(stored?.spans).toEqual([ended.json]);
  });

  it('answers undefined for an unknown id and for ids aiming outside the folder', async () => {
    writeFileSync(join(dir, '..', 'outside.jsonl'), '');
    const reader = new TraceStoreReader(dir);
    expect(await reader.readTrace('trace_missing')).toBeUndefined();
    expect(await reader.readTrace('../outside')).toBeUndefined();
    rmSync(join(dir, '..', 'outside.jsonl'));
  });

  it('reports records written after it started watching, once each line is whole', async () => {
    const store = new LocalTraceStore({ dir });
    await writeRun(store, 'Before');
    const changes: TraceRecordsChange[] = [];
    const stop = new TraceStoreReader(dir).watch(
      (change) => changes.push(change),
      { intervalMs: 20 },
    );
    try {
      const id = await writeRun(store, 'After');
      const file = onlySegment();
      appendFileSync(file, '{"event":"trace_end","time":"x",');
      await expect.poll(() => changes.flatMap((c) => c.records).length).toBe(6);
      appendFileSync(file, `"trace":${JSON.stringify(fakeTrace(id).json)}}\n`);
      await expect.poll(() => changes.flatMap((c) => c.records).length).toBe(7);
      expect(new Set(changes.map((c) => c.traceId))).toEqual(new Set([id]));
    } finally {
      stop();
    }
  });
});

describe('pruneTraceFiles', () => {
  const traceStart = `${JSON.stringify({ event: 'trace_start', time: 't', trace: { id: 'x' } })}\n`;
  function file(name: string, content: string, ageDays: number) {
    const path = join(dir, `20260101T000000000Z-1-${name}.jsonl`);
    writeFileSync(path, content);
    const time = new Date(Date.now() - ageDays * 86_400_000);
    utimesSync(path, time, time);
  }
  const left = () =>
    readdirSync(dir)
      .filter(isSegmentName)
      .sort()
      .map((name) => name.slice(-8, -6));

  it('removes the oldest files past a byte budget or an age, keeping the newest', async () => {
    file('aa', 'x'.repeat(400), 0);
    file('bb', 'x'.repeat(400), 1);
    file('cc', 'x'.repeat(400), 2);
    file('dd', 'x'.repeat(10), 40);
    expect(await pruneTraceFiles(dir, { maxBytes: 900, maxAgeDays: 30 })).toBe(
      2,
    );
    expect(left()).toEqual(['aa', 'bb']);
    expect(await pruneTraceFiles(dir, { maxAgeDays: 0.5 })).toBe(1);
    expect(left()).toEqual(['aa']);
  });

  it('counts the traces each file starts and removes the files past maxTraces', async () => {
    file('aa', traceStart.repeat(2), 0);
    file('bb', traceStart.repeat(2), 1);
    // A record whose data holds the same text is not a trace start: only line starts count.
    file(
      'cc',
      `{"event":"span_end","span":{"data":${JSON.stringify(traceStart)}}}\n${traceStart}`,
      2,
    );
    file('dd', traceStart, 3);
    writeFileSync(join(dir, 'notes.txt'), 'not a trace file');
    expect(await pruneTraceFiles(dir, { maxTraces: 5 })).toBe(1);
    expect(left()).toEqual(['aa', 'bb', 'cc']);
    expect(readdirSync(dir)).toContain('notes.txt');
  });
});
