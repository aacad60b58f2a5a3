import { describe, expect, it } from 'vitest';
import {
  finishReason,
  inputMessagesJson,
  outputMessagesJson,
} from '../../src/otel/gen-ai-messages.js';

/** The messages of `gen_ai.input.messages` for `input`. */
function toInputMessages(input: unknown): unknown {
  return JSON.parse(inputMessagesJson(input));
}

/** The messages of `gen_ai.output.messages` for `output`. */
function toOutputMessages(
  output: unknown[],
  response?: Record<string, unknown>,
): { finish_reason: string }[] {
  return JSON.parse(outputMessagesJson(output, finishReason(output, response)));
}

describe('Responses items as GenAI messages', () => {
  it('turns a string input into one user message', () => {
    expect(toInputMessages('Hi')).toEqual([
      { role: 'user', parts: [{ type: 'text', content: 'Hi' }] },
    ]);
  });

  it('keeps a tool round trip in order: the calls of one response in one assistant message, then their outputs', () => {
    expect(
      toInputMessages([
        {
          role: 'user',
          content: [{ type: 'input_text', text: 'Weather in Oslo and Rome?' }],
        },
        {
          type: 'reasoning',
          summary: [{ type: 'summary_text', text: 'Two cities.' }],
        },
        {
          type: 'function_call',
          call_id: 'call_a',
          name: 'weather',
          arguments: '{"city":"Oslo"}',
        },
        {
          type: 'function_call',
          call_id: 'call_b',
          name: 'weather',
          arguments: 'not json',
        },
        { type: 'function_call_output', call_id: 'call_a', output: '3°C' },
        { type: 'function_call_output', call_id: 'call_b', output: '18°C' },
      ]),
    ).toEqual([
      {
        role: 'user',
        parts: [{ type: 'text', content: 'Weather in Oslo and Rome?' }],
      },
      {
        role: 'assistant',
        parts: [
          { type: 'reasoning', content: 'Two cities.' },
          {
            type: 'tool_call',
            id: 'call_a',
            name: 'weather',
            arguments: { city: 'Oslo' },
          },
          {
            type: 'tool_call',
            id: 'call_b',
            name: 'weather',
            arguments: 'not json',
          },
        ],
      },
      {
        role: 'tool',
        parts: [
          { type: 'tool_call_response', id: 'call_a', response: '3°C' },
          { type: 'tool_call_response', id: 'call_b', response: '18°C' },
        ],
      },
    ]);
  });

  it('keeps two user messages apart, and names unknown items and parts by their type', () => {
    expect(
      toInputMessages([
        { role: 'user', content: 'one' },
        { role: 'user', content: [{ type: 'input_audio' }] },
        { type: 'web_search_call', id: 'ws_1', status: 'completed' },
      ]),
    ).toEqual([
      { role: 'user', parts: [{ type: 'text', content: 'one' }] },
      { role: 'user', parts: [{ type: 'input_audio' }] },
      { role: 'assistant', parts: [{ type: 'web_search_call' }] },
    ]);
  });

  it('reads Chat Completions messages of generation spans, tool calls included', () => {
    expect(
      toInputMessages([
        { role: 'system', content: 'Be brief.' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_1',
              type: 'function',
              function: { name: 'lookup', arguments: '{}' },
            },
          ],
        },
        { role: 'tool', tool_call_id: 'call_1', content: 'found' },
      ]),
    ).toEqual([
      { role: 'system', parts: [{ type: 'text', content: 'Be brief.' }] },
      {
        role: 'assistant',
        parts: [
          { type: 'tool_call', id: 'call_1', name: 'lookup', arguments: {} },
        ],
      },
      {
        role: 'tool',
        parts: [
          { type: 'tool_call_response', id: 'call_1', response: 'found' },
        ],
      },
    ]);
  });

  it('says why the model stopped: a tool call, the output limit, a content filter, or the end of its answer', () => {
    const text = [
      {
        type: 'message',
        role: 'assistant',
        content: [{ type: 'output_text', text: 'Done.' }],
      },
    ];
    expect(toOutputMessages(text)).toEqual([
      {
        role: 'assistant',
        parts: [{ type: 'text', content: 'Done.' }],
        finish_reason: 'stop',
      },
    ]);
    expect(
      toOutputMessages(text, {
        status: 'incomplete',
        incomplete_details: { reason: 'max_output_tokens' },
      })[0]!.finish_reason,
    ).toBe('length');
    expect(
      toOutputMessages(text, {
        status: 'incomplete',
        incomplete_details: { reason: 'content_filter' },
      })[0]!.finish_reason,
    ).toBe('content_filter');
  });

  it('writes messages as JSON.stringify would, the parts of adjacent items of one role in one message', () => {
    const user = { role: 'user', content: 'Refund order 7' };
    const call = {
      type: 'function_call',
      call_id: 'call_1',
      name: 'refund',
      arguments: '{ "order": 7 }',
    };
    const empty = { type: 'message', role: 'assistant', content: [] };
    const result = {
      type: 'function_call_output',
      call_id: 'call_1',
      output: 'done',
    };
    const callPart = {
      type: 'tool_call',
      id: 'call_1',
      name: 'refund',
      arguments: { order: 7 },
    };
    expect(outputMessagesJson([call], 'tool_call')).toBe(
      JSON.stringify([
        { role: 'assistant', parts: [callPart], finish_reason: 'tool_call' },
      ]),
    );
    const userMessage = {
      role: 'user',
      parts: [{ type: 'text', content: 'Refund order 7' }],
    };
    const resultMessage = {
      role: 'tool',
      parts: [{ type: 'tool_call_response', id: 'call_1', response: 'done' }],
    };
    expect(inputMessagesJson([user, empty, call, result])).toBe(
      JSON.stringify([
        userMessage,
        { role: 'assistant', parts: [callPart] },
        resultMessage,
      ]),
    );
    expect(inputMessagesJson([user, call, empty, result, user])).toBe(
      JSON.stringify([
        userMessage,
        { role: 'assistant', parts: [callPart] },
        resultMessage,
        userMessage,
      ]),
    );
    expect(inputMessagesJson([empty])).toBe(
      JSON.stringify([{ role: 'assistant', parts: [] }]),
    );
    expect(outputMessagesJson([], 'stop')).toBe(
      JSON.stringify([{ role: 'assistant', parts: [], finish_reason: 'stop' }]),
    );
  });

  it('writes a string input as one user message, escaped as JSON', () => {
    expect(inputMessagesJson('Say "hi"\n')).toBe(
      JSON.stringify([
        { role: 'user', parts: [{ type: 'text', content: 'Say "hi"\n' }] },
      ]),
    );
  });
});
