import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Span, type SpanData } from '../src/index.js';
import { SPAN_JSON_WITH } from '../src/span.js';
import { LocalTraceStore } from '../src/store/index.js';
import { silent } from './support/silent-processor.js';

/** Spans of every shape the JSON envelope has: with and without parent, times, error, events; a task span. */
function variedSpans(): Span<any>[] {
  const plain = new Span(
    {
      traceId: 'trace_1',
      data: {
        type: 'function',
        name: 'look "up"',
        input: '{"a":1}',
        output: '',
        call_id: 'call_1',
      },
    },
    silent,
  );
  const running = new Span(
    {
      traceId: 'trace_1',
      parentId: 'span_"odd"\n',
      data: {
        type: 'response',
        response_id: 'resp_1',
        _input: [{ role: 'user', content: 'caf\u00e9 \u2028 </script>' }],
      },
    },
    silent,
  );
  running.start();
  const failed = new Span(
    { traceId: 'trace_1', data: { type: 'custom', name: 'c', data: {} } },
    silent,
  );
  failed.start();
  failed.addEvent('progress', { done: 1 });
  failed.addEvent('again');
  failed.setError({ message: 'boom', data: { code: 7 } });
  failed.end();
  const task = new Span(
    {
      traceId: 'trace_1',
      data: { type: 'task', name: 'run' } as unknown as SpanData,
    },
    silent,
  );
  task.start();
  task.end();
  return [plain, running, failed, task];
}

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("a span's JSON without a copy of its data", () => {
  it('serialises as toJSON() does, for every shape of span', () => {
    for (const span of variedSpans())
      expect(JSON.stringify(span[SPAN_JSON_WITH]())).toBe(
        JSON.stringify(span.toJSON()),
      );
  });

  it("holds the span data the caller gives, or the span's own data, not a copy", () => {
    const [span] = variedSpans();
    const share = { type: 'function' };
    expect(span![SPAN_JSON_WITH](share)).toEqual({
      ...span!.toJSON(),
      span_data: share,
    });
    expect(span![SPAN_JSON_WITH](share)!.span_data).toBe(share);
    expect(span![SPAN_JSON_WITH]()!.span_data).toBe(span!.spanData);
  });

  it('is not made for a subclass with JSON of its own', () => {
    class Renamed extends Span<any> {
      override toJSON() {
        return { ...super.toJSON()!, id: 'renamed' };
      }
    }
    const span = new Renamed(
      { traceId: 'trace_1', data: { type: 'custom', name: 'c', data: {} } },
      silent,
    );
    expect(span[SPAN_JSON_WITH]()).toBeUndefined();
  });

  it('gives the local store the lines it writes for any object with the same toJSON()', async () => {
    dir = mkdtempSync(join(tmpdir(), 'baton-span-text-'));
    const store = (name: string) =>
      new LocalTraceStore({ dir: join(dir!, name), writeDelay: 0 });
    const withData = vi.spyOn(Span.prototype, SPAN_JSON_WITH);
    const direct = store('spans');
    const structural = store('objects');
    for (const span of variedSpans()) {
      const object = {
        traceId: span.traceId,
        spanId: span.spanId,
        toJSON: () => span.toJSON(),
      };
      // Started and ended: a record of a span without its time takes the clock's.
      span.start();
      await direct.onSpanStart(span);
      await structural.onSpanStart(object);
      direct.flushSync();
      structural.flushSync();
      span.end();
      await direct.onSpanEnd(span);
      await structural.onSpanEnd(object);
    }
    await direct.shutdown();
    await structural.shutdown();
    const lines = (name: string) => {
      const [file] = readdirSync(join(dir!, name));
      return readFileSync(join(dir!, name, file!), 'utf8').split('\n');
    };
    const fromSpans = lines('spans');
    const fromObjects = lines('objects');
    expect(withData).toHaveBeenCalledTimes(8);
    withData.mockRestore();
    expect(fromSpans.length).toBeGreaterThan(5);
    expect(fromSpans).toEqual(fromObjects);
  });
});
