import { describe, expect, it } from 'vitest';
import { toInputItems } from './input.js';
import type { AgentInputItem } from './items.js';

// SDK protocol items are typed loosely on purpose: they are what ported code passes in.
const sdk = (items: object[]) => items as AgentInputItem[];

describe('toInputItems on canonical input', () => {
  it('keeps canonical items as the same objects and only adds the type to easy messages', () => {
    const call: AgentInputItem = {
      type: 'function_call',
      call_id: 'c1',
      name: 'f',
      arguments: '{}',
    };
    const output: AgentInputItem = {
      type: 'function_call_output',
      call_id: 'c1',
      output: 'ok',
    };
    const unknown: AgentInputItem = { type: 'future_item', field: 1 };
    const input: AgentInputItem[] = [
      { role: 'user', content: 'hi' },
      call,
      output,
      unknown,
    ];
    const items = toInputItems(input);
    expect(items[0]).toEqual({ type: 'message', role: 'user', content: 'hi' });
    expect(items[1]).toBe(call);
    expect(items[2]).toBe(output);
    expect(items[3]).toBe(unknown);
    expect(input[0]).toEqual({ role: 'user', content: 'hi' });
  });
});

describe("toInputItems on the Agents SDK's protocol shapes", () => {
  it('turns function_call_result into function_call_output with call_id and a string output', () => {
    const [call, result] = toInputItems(
      sdk([
        {
          type: 'function_call',
          callId: 'c1',
          name: 'lookup',
          arguments: '{}',
          status: 'completed',
          providerData: { itemTag: 'x' },
        },
        {
          type: 'function_call_result',
          callId: 'c1',
          name: 'lookup',
          status: 'completed',
          output: { type: 'text', text: 'found' },
        },
      ]),
    );
    expect(call).toEqual({
      type: 'function_call',
      call_id: 'c1',
      name: 'lookup',
      arguments: '{}',
      status: 'completed',
      item_tag: 'x',
    });
    expect(result).toEqual({
      type: 'function_call_output',
      call_id: 'c1',
      output: 'found',
      status: 'completed',
    });
  });

  it('turns image, file and array tool outputs into input_* parts', () => {
    const items = toInputItems(
      sdk([
        {
          type: 'function_call_result',
          callId: 'a',
          name: 'f',
          output: { type: 'image', image: 'https://x.test/cat.png' },
        },
        {
          type: 'function_call_result',
          callId: 'b',
          name: 'f',
          output: {
            type: 'file',
            file: { data: 'aGk=', mediaType: 'text/plain', filename: 'a.txt' },
          },
        },
        {
          type: 'function_call_result',
          callId: 'c',
          name: 'f',
          output: [
            { type: 'input_text', text: 'see' },
            { type: 'input_image', image: { id: 'file_1' }, detail: 'low' },
          ],
        },
      ]),
    );
    expect(items.map((item) => (item as { output: unknown }).output)).toEqual([
      [{ type: 'input_image', image_url: 'https://x.test/cat.png' }],
      [
        {
          type: 'input_file',
          file_data: 'data:text/plain;base64,aGk=',
          filename: 'a.txt',
        },
      ],
      [
        { type: 'input_text', text: 'see' },
        { type: 'input_image', file_id: 'file_1', detail: 'low' },
      ],
    ]);
  });

  it('converts message content parts and merges providerData', () => {
    const [user, assistant] = toInputItems(
      sdk([
        {
          role: 'user',
          content: [
            { type: 'input_text', text: 'look' },
            { type: 'input_image', image: 'data:image/png;base64,AAAA' },
            { type: 'input_file', file: { id: 'file_9' }, filename: 'r.pdf' },
            { type: 'input_file', file: 'https://x.test/r.pdf' },
          ],
        },
        {
          type: 'message',
          id: '__fake_id__',
          role: 'assistant',
          status: 'completed',
          content: [
            {
              type: 'output_text',
              text: 'done',
              providerData: { annotations: [{ type: 'url_citation' }] },
            },
          ],
          providerData: { phase: 'final_answer' },
        },
      ]),
    );
    expect(user).toEqual({
      type: 'message',
      role: 'user',
      content: [
        { type: 'input_text', text: 'look' },
        {
          type: 'input_image',
          image_url: 'data:image/png;base64,AAAA',
          detail: 'auto',
        },
        { type: 'input_file', file_id: 'file_9', filename: 'r.pdf' },
        { type: 'input_file', file_url: 'https://x.test/r.pdf' },
      ],
    });
    expect(assistant).toEqual({
      type: 'message',
      role: 'assistant',
      status: 'completed',
      phase: 'final_answer',
      content: [
        {
          type: 'output_text',
          text: 'done',
          annotations: [{ type: 'url_citation' }],
        },
      ],
    });
  });

  it('converts reasoning content, hosted tool calls and computer call results', () => {
    const [reasoning, search, screenshot] = toInputItems(
      sdk([
        {
          type: 'reasoning',
          id: 'rs_1',
          content: [{ type: 'input_text', text: 'thinking' }],
          providerData: { encryptedContent: 'enc' },
        },
        {
          type: 'hosted_tool_call',
          id: 'ws_1',
          name: 'web_search_call',
          status: 'completed',
          providerData: {
            type: 'web_search_call',
            action: { type: 'search', query: 'baton' },
          },
        },
        {
          type: 'computer_call_result',
          callId: 'cc_1',
          output: {
            type: 'computer_screenshot',
            data: 'data:image/png;base64,A',
          },
        },
      ]),
    );
    expect(reasoning).toEqual({
      type: 'reasoning',
      id: 'rs_1',
      summary: [{ type: 'summary_text', text: 'thinking' }],
      encrypted_content: 'enc',
    });
    expect(search).toEqual({
      type: 'web_search_call',
      id: 'ws_1',
      status: 'completed',
      action: { type: 'search', query: 'baton' },
    });
    expect(screenshot).toEqual({
      type: 'computer_call_output',
      call_id: 'cc_1',
      output: {
        type: 'computer_screenshot',
        image_url: 'data:image/png;base64,A',
      },
    });
  });

  it('leaves the caller’s items untouched', () => {
    const input = sdk([
      { type: 'function_call_result', callId: 'c1', name: 'f', output: 'x' },
    ]);
    const before = structuredClone(input);
    toInputItems(input);
    expect(input).toEqual(before);
  });
});
