import { describe, expect, it } from 'vitest';
import type { FunctionCallItem } from '@baton/core';
import { ChatStreamAccumulator } from './chat-stream-accumulator.js';
import { messageToItems } from './messages-to-items.js';

describe('ChatStreamAccumulator', () => {
  it('accumulates tool call deltas by index into function_call items', () => {
    const accumulator = new ChatStreamAccumulator();
    const chunks = [
      {
        id: 'c',
        choices: [
          {
            index: 0,
            delta: {
              role: 'assistant',
              tool_calls: [
                {
                  index: 0,
                  id: 'call_a',
                  type: 'function',
                  function: { name: 'get_weather', arguments: '' },
                },
              ],
            },
          },
        ],
      },
      {
        choices: [
          {
            index: 0,
            delta: {
              tool_calls: [{ index: 0, function: { arguments: '{"city":' } }],
            },
          },
        ],
      },
      {
        choices: [
          {
            index: 0,
            delta: {
              tool_calls: [
                {
                  index: 1,
                  id: 'call_b',
                  type: 'function',
                  function: { name: 'get_stock', arguments: '{}' },
                },
              ],
            },
          },
        ],
      },
      {
        choices: [
          {
            index: 0,
            delta: {
              tool_calls: [{ index: 0, function: { arguments: '"Paris"}' } }],
            },
          },
        ],
      },
      { choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }] },
      {
        choices: [],
        usage: { prompt_tokens: 10, completion_tokens: 4, total_tokens: 14 },
      },
    ];
    for (const chunk of chunks) expect(accumulator.push(chunk)).toBeUndefined();
    expect(accumulator.finished).toBe(true);
    const response = accumulator.toResponse();
    expect(response.output).toEqual([
      {
        type: 'function_call',
        call_id: 'call_a',
        name: 'get_weather',
        arguments: '{"city":"Paris"}',
        status: 'completed',
      },
      {
        type: 'function_call',
        call_id: 'call_b',
        name: 'get_stock',
        arguments: '{}',
        status: 'completed',
      },
    ]);
    expect(response.usage).toEqual({
      requests: 1,
      inputTokens: 10,
      outputTokens: 4,
      totalTokens: 14,
    });
  });

  it('returns text deltas and keeps reasoning_content as a reasoning item before the message', () => {
    const accumulator = new ChatStreamAccumulator();
    accumulator.push({
      choices: [{ index: 0, delta: { reasoning_content: 'First,' } }],
    });
    accumulator.push({
      choices: [{ index: 0, delta: { reasoning_content: ' think.' } }],
    });
    expect(
      accumulator.push({ choices: [{ index: 0, delta: { content: 'Hi' } }] }),
    ).toBe('Hi');
    expect(
      accumulator.push({
        choices: [{ index: 0, delta: { content: '!' }, finish_reason: 'stop' }],
      }),
    ).toBe('!');
    expect(accumulator.toResponse().output).toEqual([
      {
        type: 'reasoning',
        summary: [],
        content: [{ type: 'reasoning_text', text: 'First, think.' }],
      },
      {
        type: 'message',
        role: 'assistant',
        status: 'completed',
        content: [{ type: 'output_text', text: 'Hi!', annotations: [] }],
      },
    ]);
  });

  it('accepts a whole tool call in one delta without an index', () => {
    const accumulator = new ChatStreamAccumulator();
    accumulator.push({
      choices: [
        {
          delta: {
            tool_calls: [
              { id: 'c1', function: { name: 'f', arguments: '{"a":1}' } },
            ],
          },
        },
      ],
    });
    accumulator.push({
      choices: [
        {
          delta: {
            tool_calls: [
              { id: 'c2', function: { name: 'g', arguments: '{}' } },
            ],
          },
        },
      ],
    });
    expect(accumulator.toResponse().output).toMatchObject([
      { call_id: 'c1', name: 'f', arguments: '{"a":1}' },
      { call_id: 'c2', name: 'g', arguments: '{}' },
    ]);
  });

  it('gives each streamed tool call without an id its own call_id, kept across its deltas and calls to toResponse', () => {
    const accumulator = new ChatStreamAccumulator();
    const delta = (index: number, name: string | undefined, args: string) => ({
      choices: [
        {
          index: 0,
          delta: {
            tool_calls: [
              {
                index,
                ...(name && { type: 'function', function: { name } }),
                ...(!name && { function: { arguments: args } }),
              },
            ],
          },
        },
      ],
    });
    accumulator.push(delta(0, 'get_weather', ''));
    accumulator.push(delta(1, 'get_weather', ''));
    accumulator.push(delta(0, undefined, '{"city":"Paris"}'));
    accumulator.push(delta(1, undefined, '{"city":"Rome"}'));
    accumulator.push({
      choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }],
    });
    const first = accumulator.toResponse().output as FunctionCallItem[];
    expect(first.map((item) => item.arguments)).toEqual([
      '{"city":"Paris"}',
      '{"city":"Rome"}',
    ]);
    const [paris, rome] = first.map((item) => item.call_id);
    expect(paris).toMatch(/^call_\w+$/);
    expect(rome).toMatch(/^call_\w+$/);
    expect(paris).not.toBe(rome);
    const again = accumulator.toResponse().output as FunctionCallItem[];
    expect(again.map((item) => item.call_id)).toEqual([paris, rome]);
  });

  it('splits whole tool calls sent without index or id into separate calls', () => {
    const accumulator = new ChatStreamAccumulator();
    for (const city of ['Paris', 'Rome']) {
      accumulator.push({
        choices: [
          {
            delta: {
              tool_calls: [
                {
                  function: {
                    name: 'get_weather',
                    arguments: `{"city":"${city}"}`,
                  },
                },
              ],
            },
          },
        ],
      });
    }
    const output = accumulator.toResponse().output as FunctionCallItem[];
    expect(output.map((item) => item.arguments)).toEqual([
      '{"city":"Paris"}',
      '{"city":"Rome"}',
    ]);
    expect(new Set(output.map((item) => item.call_id)).size).toBe(2);
  });

  it('maps cached and reasoning token details', () => {
    const accumulator = new ChatStreamAccumulator();
    accumulator.push({
      choices: [],
      usage: {
        prompt_tokens: 307,
        completion_tokens: 26,
        total_tokens: 560,
        prompt_tokens_details: { cached_tokens: 306 },
        completion_tokens_details: { reasoning_tokens: 227 },
      },
    });
    expect(accumulator.toResponse().usage).toEqual({
      requests: 1,
      inputTokens: 307,
      outputTokens: 26,
      totalTokens: 560,
      inputTokensDetails: { cached_tokens: 306 },
      outputTokensDetails: { reasoning_tokens: 227 },
    });
  });

  it('is not finished until a choice has a finish_reason', () => {
    const accumulator = new ChatStreamAccumulator();
    accumulator.push({
      choices: [{ index: 0, delta: { content: 'partial' } }],
    });
    expect(accumulator.finished).toBe(false);
  });
});

describe('messageToItems', () => {
  it('gives parallel tool calls sent without ids distinct call_ids', () => {
    const items = messageToItems({
      tool_calls: [
        { type: 'function', function: { name: 'f', arguments: '{}' } },
        { type: 'function', function: { name: 'f', arguments: '{}' } },
      ],
    }) as FunctionCallItem[];
    expect(items).toHaveLength(2);
    expect(items[0]?.call_id).toMatch(/^call_\w+$/);
    expect(items[1]?.call_id).toMatch(/^call_\w+$/);
    expect(items[0]?.call_id).not.toBe(items[1]?.call_id);
  });

  it('turns a non-streamed message with text and tool calls into items', () => {
    expect(
      messageToItems({
        content: 'Let me check.',
        tool_calls: [
          {
            id: 'call_1',
            type: 'function',
            function: { name: 'f', arguments: '{}' },
          },
        ],
      }),
    ).toEqual([
      {
        type: 'message',
        role: 'assistant',
        status: 'completed',
        content: [
          { type: 'output_text', text: 'Let me check.', annotations: [] },
        ],
      },
      {
        type: 'function_call',
        call_id: 'call_1',
        name: 'f',
        arguments: '{}',
        status: 'completed',
      },
    ]);
  });
});
