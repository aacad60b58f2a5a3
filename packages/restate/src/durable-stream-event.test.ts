import { Agent, type RunStreamEvent } from '@baton/core';
import { describe, expect, it } from 'vitest';
import { toDurableStreamEvent } from './durable-stream-event.js';

const agent = new Agent({ name: 'Refunds' });
const progress = (data: unknown): RunStreamEvent => ({
  type: 'tool_progress_stream_event',
  toolName: 'issue_refund',
  callId: 'call_1',
  agent,
  data,
});

describe('toDurableStreamEvent', () => {
  it('logs a tool’s progress with its call id and JSON data', () => {
    expect(
      toDurableStreamEvent(progress({ done: 2, of: 3 }), undefined),
    ).toEqual({
      type: 'tool_progress_stream_event',
      toolName: 'issue_refund',
      callId: 'call_1',
      data: { done: 2, of: 3 },
    });
  });

  it('logs progress JSON cannot hold as its text, so the batch it travels in is not lost', () => {
    const event = toDurableStreamEvent(progress(10n), undefined);
    expect(event).toMatchObject({ data: '10' });
    expect(() => JSON.stringify(event)).not.toThrow();
  });
});
