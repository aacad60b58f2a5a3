import { describe, expect, it } from 'vitest';
import { UserError, type AgentInputItem } from '@baton/core';
import { itemsToMessages } from './items-to-messages.js';

describe('itemsToMessages', () => {
  it('puts the instructions first as a system message', () => {
    expect(
      itemsToMessages([{ role: 'user', content: 'hi' }], 'Be brief.'),
    ).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'hi' },
    ]);
  });

  it('turns user text and images into content parts', () => {
    const messages = itemsToMessages([
      {
        type: 'message',
        role: 'user',
        content: [
          { type: 'input_text', text: 'What is this?' },
          {
            type: 'input_image',
            image_url: 'https://example.com/cat.png',
            detail: 'low',
          },
        ],
      },
    ]);
    expect(messages).toEqual([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What is this?' },
          {
            type: 'image_url',
            image_url: { url: 'https://example.com/cat.png', detail: 'low' },
          },
        ],
      },
    ]);
  });

  it('groups consecutive function calls with the text before them into one assistant message', () => {
    const items: AgentInputItem[] = [
      { role: 'user', content: 'Weather and stocks?' },
      {
        type: 'message',
        role: 'assistant',
        content: [{ type: 'output_text', text: 'Checking.' }],
      },
      { type: 'reasoning', summary: [] },
      {
        type: 'function_call',
        call_id: 'c1',
        name: 'get_weather',
        arguments: '{"city":"Paris"}',
      },
      {
        type: 'function_call',
        call_id: 'c2',
        name: 'get_stock',
        arguments: '{"ticker":"X"}',
      },
      { type: 'function_call_output', call_id: 'c1', output: 'sunny' },
      {
        type: 'function_call_output',
        call_id: 'c2',
        output: [{ type: 'input_text', text: '42' }],
      },
      {
        type: 'function_call',
        call_id: 'c3',
        name: 'get_weather',
        arguments: '{}',
      },
    ];
    expect(itemsToMessages(items)).toEqual([
      { role: 'user', content: 'Weather and stocks?' },
      {
        role: 'assistant',
        content: 'Checking.',
        tool_calls: [
          {
            id: 'c1',
            type: 'function',
            function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
          },
          {
            id: 'c2',
            type: 'function',
            function: { name: 'get_stock', arguments: '{"ticker":"X"}' },
          },
        ],
      },
      { role: 'tool', tool_call_id: 'c1', content: 'sunny' },
      {
        role: 'tool',
        tool_call_id: 'c2',
        content: [{ type: 'text', text: '42' }],
      },
      {
        role: 'assistant',
        tool_calls: [
          {
            id: 'c3',
            type: 'function',
            function: { name: 'get_weather', arguments: '{}' },
          },
        ],
      },
    ]);
  });

  it('keeps the text of content-array tool outputs in the tool messages and sends their images and files in one user message after them', () => {
    const calls: AgentInputItem[] = ['c1', 'c2', 'c3'].map((id) => ({
      type: 'function_call',
      call_id: id,
      name: 'render',
      arguments: '{}',
    }));
    const messages = itemsToMessages([
      { role: 'user', content: 'Draw it' },
      ...calls,
      {
        type: 'function_call_output',
        call_id: 'c1',
        output: [
          { type: 'input_text', text: 'Here is the chart.' },
          {
            type: 'input_image',
            image_url: 'https://example.com/chart.png',
            detail: 'high',
          },
        ],
      },
      { type: 'function_call_output', call_id: 'c2', output: 'plain' },
      {
        type: 'function_call_output',
        call_id: 'c3',
        output: [
          {
            type: 'input_file',
            file_data: 'data:application/pdf;base64,JVBERi0=',
            filename: 'report.pdf',
          },
        ],
      },
      { role: 'user', content: 'Thanks' },
    ]);
    expect(messages.map((message) => message.role)).toEqual([
      'user',
      'assistant',
      'tool',
      'tool',
      'tool',
      'user',
      'user',
    ]);
    expect(messages[2]).toEqual({
      role: 'tool',
      tool_call_id: 'c1',
      content: [{ type: 'text', text: 'Here is the chart.' }],
    });
    expect(messages[4]).toEqual({
      role: 'tool',
      tool_call_id: 'c3',
      content: expect.stringContaining('next user message'),
    });
    expect(messages[5]).toEqual({
      role: 'user',
      content: [
        { type: 'text', text: 'Attachments returned by tool call c1:' },
        {
          type: 'image_url',
          image_url: { url: 'https://example.com/chart.png', detail: 'high' },
        },
        { type: 'text', text: 'Attachments returned by tool call c3:' },
        {
          type: 'file',
          file: {
            file_data: 'data:application/pdf;base64,JVBERi0=',
            filename: 'report.pdf',
          },
        },
      ],
    });
  });

  it('sends the attachments of a tool output that ends the conversation', () => {
    const messages = itemsToMessages([
      {
        type: 'function_call',
        call_id: 'c1',
        name: 'snap',
        arguments: '{}',
      },
      {
        type: 'function_call_output',
        call_id: 'c1',
        output: [
          { type: 'input_image', image_url: 'data:image/png;base64,AA' },
        ],
      },
    ]);
    expect(messages.at(-1)).toEqual({
      role: 'user',
      content: [
        { type: 'text', text: 'Attachments returned by tool call c1:' },
        { type: 'image_url', image_url: { url: 'data:image/png;base64,AA' } },
      ],
    });
  });

  it('keeps a refusal as the assistant message refusal', () => {
    const messages = itemsToMessages([
      {
        type: 'message',
        role: 'assistant',
        content: [{ type: 'refusal', refusal: 'No.' }],
      },
    ]);
    expect(messages).toEqual([{ role: 'assistant', refusal: 'No.' }]);
  });

  it('drops reasoning items', () => {
    expect(
      itemsToMessages([
        { type: 'reasoning', summary: [{ type: 'summary_text', text: 'hmm' }] },
      ]),
    ).toEqual([]);
  });

  it('rejects hosted tool items with a UserError that points to the Responses API', () => {
    const call = {
      type: 'web_search_call',
      id: 'ws_1',
      status: 'completed',
    } as AgentInputItem;
    expect(() => itemsToMessages([call])).toThrowError(UserError);
    expect(() => itemsToMessages([call])).toThrowError(/Responses API/);
  });

  it('rejects an image given only by file id', () => {
    const item: AgentInputItem = {
      role: 'user',
      content: [{ type: 'input_image', file_id: 'file_1' }],
    };
    expect(() => itemsToMessages([item])).toThrowError(/file_id/);
  });
});
