import { describe, expect, it } from 'vitest';
import {
  createCustomSpan,
  generateGroupId,
  generateSpanId,
  generateTraceId,
  NoopSpan,
  Trace,
  TraceProvider,
} from '../src/index.js';
import { silent } from './support/silent-processor.js';

describe('ids', () => {
  it('have the shapes of the Agents SDK', () => {
    expect(generateTraceId()).toMatch(/^trace_[0-9a-f]{32}$/);
    expect(generateSpanId()).toMatch(/^span_[0-9a-f]{24}$/);
    expect(generateGroupId()).toMatch(/^group_[0-9a-f]{24}$/);
    expect(generateTraceId()).not.toBe(generateTraceId());
  });
});

describe('traces and spans', () => {
  it('serialise to the JSON processors export, without the tracing API key', () => {
    const provider = new TraceProvider();
    provider.setDisabled(false);
    provider.registerProcessor(silent);
    const trace = provider.createTrace({
      name: 'Support',
      groupId: 'group_1',
      metadata: { user: 'u1' },
      tracingApiKey: 'sk-secret-key',
    });
    const span = provider.createSpan(
      { data: { type: 'custom', name: 'lookup', data: { rows: 3 } } },
      trace,
    );
    span.start();
    span.setError({ message: 'slow', data: { ms: 900 } });
    span.end();

    expect(trace.toJSON()).toEqual({
      object: 'trace',
      id: trace.traceId,
      workflow_name: 'Support',
      group_id: 'group_1',
      metadata: { user: 'u1' },
    });
    expect(span.toJSON()).toEqual({
      object: 'trace.span',
      id: span.spanId,
      trace_id: trace.traceId,
      parent_id: null,
      started_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      ended_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      span_data: { type: 'custom', name: 'lookup', data: { rows: 3 } },
      error: { message: 'slow', data: { ms: 900 } },
    });
    expect(span.tracingApiKey).toBe('sk-secret-key');
    expect(JSON.stringify([trace, span])).not.toContain('sk-secret');
  });

  it('are no-ops while tracing is disabled, and outside any trace', () => {
    const provider = new TraceProvider();
    provider.registerProcessor(silent);
    provider.setDisabled(true);
    expect(provider.createTrace({ name: 'x' }).toJSON()).toBeNull();
    provider.setDisabled(false);
    const orphan = provider.createSpan({
      data: { type: 'custom', name: 'x', data: {} },
    });
    expect(orphan).toBeInstanceOf(NoopSpan);
    expect(orphan.toJSON()).toBeNull();
    expect(createCustomSpan({ data: { name: 'outside' } }).toJSON()).toBeNull();
  });

  it('is off under NODE_ENV=test and with OPENAI_AGENTS_DISABLE_TRACING, on otherwise', () => {
    const saved = { ...process.env };
    try {
      process.env.NODE_ENV = 'production';
      delete process.env.OPENAI_AGENTS_DISABLE_TRACING;
      expect(new TraceProvider().disabled).toBe(false);
      process.env.OPENAI_AGENTS_DISABLE_TRACING = 'true';
      expect(new TraceProvider().disabled).toBe(true);
      process.env.OPENAI_AGENTS_DISABLE_TRACING = '1';
      expect(new TraceProvider().disabled).toBe(true);
      delete process.env.OPENAI_AGENTS_DISABLE_TRACING;
      process.env.NODE_ENV = 'test';
      expect(new TraceProvider().disabled).toBe(true);
      process.env.OPENAI_AGENTS_DISABLE_TRACING = '0';
      expect(new TraceProvider().disabled).toBe(false);
    } finally {
      process.env = saved;
    }
  });

  it('tell processors of a start and an end once each', async () => {
    const events: string[] = [];
    const trace = new Trace(
      { name: 'once' },
      {
        ...silent,
        onTraceStart: async () => void events.push('start'),
        onTraceEnd: async () => void events.push('end'),
      },
    );
    await trace.start();
    await trace.start();
    await trace.end();
    await trace.end();
    expect(events).toEqual(['start', 'end']);
  });
});
