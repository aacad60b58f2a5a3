import { describe, expect, it } from 'vitest';
import {
  functionCall,
  modelResponse,
  reasoningItem,
  textMessage,
} from './item-builders.js';

describe('item builders', () => {
  it('textMessage builds a completed assistant message with one output_text part', () => {
    expect(textMessage('Hi')).toEqual({
      type: 'message',
      role: 'assistant',
      status: 'completed',
      content: [{ type: 'output_text', text: 'Hi', annotations: [] }],
    });
  });

  it('functionCall serialises object arguments and keeps string arguments verbatim', () => {
    expect(functionCall('add', { a: 1 }, { callId: 'call_x' })).toEqual({
      type: 'function_call',
      call_id: 'call_x',
      name: 'add',
      arguments: '{"a":1}',
      status: 'completed',
    });
    expect(functionCall('add', '{"a":').arguments).toBe('{"a":');
  });

  it('functionCall gives each call a distinct call_ id when none is given', () => {
    const first = functionCall('a');
    const second = functionCall('a');
    expect(first.call_id).toMatch(/^call_/);
    expect(first.call_id).not.toBe(second.call_id);
  });

  it('reasoningItem wraps each summary string in a summary_text part', () => {
    expect(reasoningItem(['think', 'more'])).toEqual({
      type: 'reasoning',
      summary: [
        { type: 'summary_text', text: 'think' },
        { type: 'summary_text', text: 'more' },
      ],
    });
  });

  it('modelResponse fills missing usage with zeros and sums the total', () => {
    expect(
      modelResponse([], { inputTokens: 5, outputTokens: 2 }).usage,
    ).toEqual({
      inputTokens: 5,
      outputTokens: 2,
      totalTokens: 7,
    });
    expect(modelResponse([]).usage).toEqual({
      inputTokens: 0,
      outputTokens: 0,
      totalTokens: 0,
    });
  });
});
