import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createAgentSpan,
  getCurrentSpan,
  getCurrentTrace,
  getOrCreateTrace,
  resetCurrentSpan,
  setCurrentSpan,
  setTraceProcessors,
  setTracingDisabled,
  withCustomSpan,
  withFunctionSpan,
  withTrace,
  type Span,
  type TracingProcessor,
} from '../src/index.js';

const ended: Span<any>[] = [];
const recorder: TracingProcessor = {
  onTraceStart: async () => {},
  onTraceEnd: async () => {},
  onSpanStart: async () => {},
  onSpanEnd: async (span) => void ended.push(span),
  shutdown: async () => {},
  forceFlush: async () => {},
};

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

beforeEach(() => {
  ended.length = 0;
  setTracingDisabled(false);
  setTraceProcessors([recorder]);
});
afterEach(() => {
  setTraceProcessors([]);
  setTracingDisabled(true);
});

describe('trace context', () => {
  it('keeps concurrent traces and their spans apart across awaits', async () => {
    const seen = await Promise.all(
      ['a', 'b', 'c'].map((name) =>
        withTrace(name, async (trace) =>
          withCustomSpan(
            async (outer) => {
              await tick();
              return withFunctionSpan(
                async (inner) => {
                  await tick();
                  return {
                    trace: getCurrentTrace()?.name,
                    span: getCurrentSpan()?.spanId === inner.spanId,
                    parent: inner.parentId === outer.spanId,
                    sameTrace: inner.traceId === trace.traceId,
                  };
                },
                { data: { name: `${name}-tool` } },
              );
            },
            { data: { name } },
          ),
        ),
      ),
    );
    expect(seen).toEqual(
      ['a', 'b', 'c'].map((trace) => ({
        trace,
        span: true,
        parent: true,
        sameTrace: true,
      })),
    );
  });

  it('keeps parallel spans of one trace from seeing each other as current', async () => {
    await withTrace('parallel', async () => {
      const parents = await Promise.all(
        [1, 2].map((n) =>
          withCustomSpan(
            async () => {
              await tick();
              return withCustomSpan(async (child) => child.parentId, {
                data: { name: `child ${n}` },
              });
            },
            { data: { name: `parent ${n}` } },
          ),
        ),
      );
      const byName = new Map(ended.map((s) => [s.spanData.name, s.spanId]));
      expect(parents).toEqual([byName.get('parent 1'), byName.get('parent 2')]);
      expect(getCurrentSpan()).toBeNull();
    });
  });

  it('ends a span with the error of the function it wraps', async () => {
    await withTrace('failing', async () => {
      await expect(
        withCustomSpan(
          async () => {
            throw new Error('boom');
          },
          { data: { name: 'fails' } },
        ),
      ).rejects.toThrow('boom');
    });
    expect(ended[0]!.error).toEqual({ message: 'boom' });
    expect(ended[0]!.endedAt).not.toBeNull();
  });

  it('ends a span around a streamed result when its stream completes', async () => {
    let finish!: () => void;
    const completed = new Promise<void>((resolve) => (finish = resolve));
    await withTrace('stream', async () => {
      await withCustomSpan(async () => ({ completed }), {
        data: { name: 'streamed' },
      });
    });
    expect(ended).toEqual([]);
    finish();
    await completed;
    await tick();
    expect(ended.map((s) => s.spanData.name)).toEqual(['streamed']);
  });

  it('joins the current trace in getOrCreateTrace, and makes a new one outside any', async () => {
    const outer = await withTrace('outer', async (trace) =>
      getOrCreateTrace(async () => getCurrentTrace() === trace),
    );
    expect(outer).toBe(true);
    const fresh = await getOrCreateTrace(async () => getCurrentTrace()?.name, {
      name: 'fresh',
    });
    expect(fresh).toBe('fresh');
    expect(getCurrentTrace()).toBeNull();
  });

  it('sets and resets the current span', async () => {
    await withTrace('manual', async () => {
      const first = createAgentSpan({ data: { name: 'A' } });
      const second = createAgentSpan({ data: { name: 'B' } });
      setCurrentSpan(first);
      setCurrentSpan(second);
      expect(getCurrentSpan()).toBe(second);
      resetCurrentSpan();
      expect(getCurrentSpan()).toBe(first);
      resetCurrentSpan();
      expect(getCurrentSpan()).toBeNull();
    });
  });
});
