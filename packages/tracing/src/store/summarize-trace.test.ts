import { describe, expect, it } from 'vitest';
import { assembleTrace } from './assemble-trace.js';
import { summarizeTrace } from './summarize-trace.js';
import type { SpanJson } from './trace-record.js';

function span(
  id: string,
  data: SpanJson['span_data'],
  extra: Partial<SpanJson> = {},
): SpanJson {
  return {
    object: 'trace.span',
    id,
    trace_id: 'trace_1',
    parent_id: null,
    started_at: '2026-01-15T10:00:00.000Z',
    ended_at: '2026-01-15T10:00:02.500Z',
    span_data: data,
    error: null,
    ...extra,
  };
}

describe('summarizeTrace', () => {
  it('adds usage in the Responses API shape (token details) as well as the flat one', () => {
    const stored = assembleTrace('trace_1', [
      {
        event: 'span_end',
        time: 't',
        span: span('span_1', {
          type: 'generation',
          usage: {
            input_tokens: 10,
            output_tokens: 5,
            input_tokens_details: { cached_tokens: 4 },
            output_tokens_details: { reasoning_tokens: 2 },
          },
        }),
      },
      {
        event: 'span_end',
        time: 't',
        span: span('span_2', {
          type: 'response',
          usage: {
            input_tokens: 1,
            output_tokens: 1,
            total_tokens: 2,
            cached_input_tokens: 1,
          },
        }),
      },
      {
        event: 'span_end',
        time: 't',
        span: span('span_3', { type: 'function', usage: { input_tokens: 99 } }),
      },
      {
        event: 'span_end',
        time: 't',
        span: span('span_4', {
          type: 'response',
          _response: { usage: { input_tokens: 3, output_tokens: 1 } },
        }),
      },
    ]);
    expect(summarizeTrace(stored).usage).toEqual({
      input_tokens: 14,
      output_tokens: 7,
      total_tokens: 21,
      cached_input_tokens: 5,
      reasoning_tokens: 2,
    });
  });

  it('times a trace by its spans and leaves a running trace without an end or duration', () => {
    const stored = assembleTrace('trace_1', [
      {
        event: 'trace_start',
        time: '2026-06-01T00:00:00.000Z',
        trace: {
          object: 'trace',
          id: 'trace_1',
          workflow_name: 'W',
          group_id: null,
        },
      },
      {
        event: 'span_end',
        time: 't',
        span: span('span_1', { type: 'agent', name: 'A' }),
      },
    ]);
    expect(summarizeTrace(stored)).toMatchObject({
      started_at: '2026-01-15T10:00:00.000Z',
      ended_at: null,
      duration_ms: null,
      in_progress: true,
    });
    const ended = assembleTrace('trace_1', [
      ...[
        {
          event: 'span_end' as const,
          time: 't',
          span: span('span_1', { type: 'agent', name: 'A' }),
        },
      ],
      {
        event: 'trace_end',
        time: '2026-06-01T00:00:00.000Z',
        trace: {
          object: 'trace',
          id: 'trace_1',
          workflow_name: 'W',
          group_id: null,
        },
      },
    ]);
    expect(summarizeTrace(ended)).toMatchObject({
      duration_ms: 2500,
      in_progress: false,
    });
  });
});
