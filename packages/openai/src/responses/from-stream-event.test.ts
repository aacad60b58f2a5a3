import { describe, expect, it } from 'vitest';
import { ModelRequestError, type ModelStreamEvent } from '@baton/core';
import {
  createResponsesStreamState,
  fromStreamEvent,
} from './from-stream-event.js';

const message = {
  id: 'msg_1',
  type: 'message',
  role: 'assistant',
  status: 'completed',
  content: [{ type: 'output_text', text: 'Hello', annotations: [] }],
};

function translate(events: unknown[]): ModelStreamEvent[] {
  const state = createResponsesStreamState();
  return events.flatMap((event) => {
    const echo: ModelStreamEvent = { type: 'model', event };
    const derived = fromStreamEvent(event, state);
    return derived ? [echo, derived] : [echo];
  });
}

describe('fromStreamEvent', () => {
  it('yields every raw event first, then what it implies', () => {
    const created = {
      type: 'response.created',
      response: { id: 'resp_1', usage: null, output: [] },
    };
    const delta = {
      type: 'response.output_text.delta',
      delta: 'Hel',
      obfuscation: 'x',
    };
    expect(translate([created, delta])).toEqual([
      { type: 'model', event: created },
      { type: 'response_started', providerData: { responseId: 'resp_1' } },
      { type: 'model', event: delta },
      { type: 'output_text_delta', delta: 'Hel' },
    ]);
  });

  it('builds response_done from response.completed with usage and id, tolerating missing detail fields', () => {
    const events = translate([
      {
        type: 'response.completed',
        response: {
          id: 'resp_1',
          status: 'completed',
          output: [message],
          usage: {
            input_tokens: 11,
            output_tokens: 5,
            total_tokens: 16,
            input_tokens_details: { cached_tokens: 3 },
          },
          content_filters: [],
        },
      },
    ]);
    expect(events.at(-1)).toEqual({
      type: 'response_done',
      response: {
        id: 'resp_1',
        output: [message],
        responseId: 'resp_1',
        usage: {
          requests: 1,
          inputTokens: 11,
          outputTokens: 5,
          totalTokens: 16,
          inputTokensDetails: { cached_tokens: 3 },
        },
      },
    });
  });

  it('treats response.incomplete as the end and reports its status', () => {
    const events = translate([
      {
        type: 'response.incomplete',
        response: {
          id: 'r',
          status: 'incomplete',
          incomplete_details: { reason: 'max_output_tokens' },
          output: [message],
          usage: null,
        },
      },
    ]);
    const done = events.find((event) => event.type === 'response_done');
    expect(done).toMatchObject({
      response: {
        output: [message],
        providerData: {
          status: 'incomplete',
          incomplete_details: { reason: 'max_output_tokens' },
        },
      },
    });
  });

  it('falls back to the finished items when the final response carries no output', () => {
    const call = {
      type: 'function_call',
      call_id: 'c1',
      name: 'f',
      arguments: '{}',
    };
    const events = translate([
      { type: 'response.output_item.done', output_index: 1, item: call },
      { type: 'response.output_item.done', output_index: 0, item: message },
      {
        type: 'response.completed',
        response: { id: 'r', status: 'completed', output: [], usage: null },
      },
    ]);
    expect(events.at(-1)).toMatchObject({
      type: 'response_done',
      response: { output: [message, call] },
    });
  });

  it('produces a single response_done even if the stream goes on', () => {
    const completed = {
      type: 'response.completed',
      response: { id: 'r', status: 'completed', output: [], usage: null },
    };
    const events = translate([completed, completed]);
    expect(
      events.filter((event) => event.type === 'response_done'),
    ).toHaveLength(1);
  });

  it('throws ModelRequestError with the code for a nested error event, as recordings send it', () => {
    const state = createResponsesStreamState();
    const event = {
      type: 'error',
      error: {
        type: 'insufficient_quota',
        code: 'insufficient_quota',
        message: 'quota',
      },
    };
    expect(() => fromStreamEvent(event, state)).toThrowError(
      expect.objectContaining({
        name: 'ModelRequestError',
        code: 'insufficient_quota',
      }),
    );
  });

  it('throws ModelRequestError for a flat error event, as the spec describes it', () => {
    const state = createResponsesStreamState();
    try {
      fromStreamEvent(
        { type: 'error', code: 'server_error', message: 'boom', param: null },
        state,
      );
      expect.unreachable();
    } catch (error) {
      expect(ModelRequestError.isInstance(error)).toBe(true);
      expect((error as ModelRequestError).code).toBe('server_error');
      expect((error as Error).message).toContain('boom');
    }
  });

  it('throws ModelRequestError for response.failed', () => {
    const state = createResponsesStreamState();
    const failed = {
      type: 'response.failed',
      response: {
        status: 'failed',
        error: { code: 'server_error', message: 'x' },
      },
    };
    expect(() => fromStreamEvent(failed, state)).toThrowError(
      expect.objectContaining({ code: 'server_error' }),
    );
  });
});
