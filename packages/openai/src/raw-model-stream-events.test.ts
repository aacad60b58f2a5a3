import type { RunStreamEvent } from '@baton/core';
import { describe, expect, it } from 'vitest';
import {
  isOpenAIChatCompletionsRawModelStreamEvent,
  isOpenAIResponsesRawModelStreamEvent,
} from './raw-model-stream-events.js';

const raw = (event: unknown, source?: string): RunStreamEvent =>
  ({
    type: 'raw_model_stream_event',
    data: { type: 'model', event },
    ...(source === undefined ? {} : { source }),
  }) as RunStreamEvent;

const responsesDelta = {
  type: 'response.output_text.delta',
  delta: 'Hi',
  item_id: 'msg_1',
  output_index: 0,
  content_index: 0,
  sequence_number: 3,
  logprobs: [],
};
const chatChunk = {
  id: 'chatcmpl-1',
  object: 'chat.completion.chunk',
  created: 0,
  model: 'gpt-4.1',
  choices: [{ index: 0, delta: { content: 'Hi' }, finish_reason: null }],
};

describe('raw model stream event guards', () => {
  it('tell Responses events from Chat Completions chunks by their shape', () => {
    const fromResponses = raw(responsesDelta);
    const fromChat = raw(chatChunk);
    expect(isOpenAIResponsesRawModelStreamEvent(fromResponses)).toBe(true);
    expect(isOpenAIChatCompletionsRawModelStreamEvent(fromResponses)).toBe(
      false,
    );
    expect(isOpenAIChatCompletionsRawModelStreamEvent(fromChat)).toBe(true);
    expect(isOpenAIResponsesRawModelStreamEvent(fromChat)).toBe(false);
    if (isOpenAIResponsesRawModelStreamEvent(fromResponses)) {
      const event = fromResponses.data.event;
      expect(event.type === 'response.output_text.delta' && event.delta).toBe(
        'Hi',
      );
    }
  });

  it('follow a declared source over the shape', () => {
    expect(
      isOpenAIChatCompletionsRawModelStreamEvent(
        raw(responsesDelta, 'openai-chat-completions'),
      ),
    ).toBe(true);
  });

  it("reject Baton's own delta events and other run events", () => {
    const delta = {
      type: 'raw_model_stream_event',
      data: { type: 'output_text_delta', delta: 'Hi' },
    } as RunStreamEvent;
    expect(isOpenAIResponsesRawModelStreamEvent(delta)).toBe(false);
    expect(
      isOpenAIResponsesRawModelStreamEvent({
        type: 'agent_updated_stream_event',
      } as RunStreamEvent),
    ).toBe(false);
    expect(isOpenAIResponsesRawModelStreamEvent(raw({ foo: 1 }))).toBe(false);
  });
});
