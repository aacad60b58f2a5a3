import type OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { emulatorPerTest } from '../../../test/support/emulator-per-test.js';

const wire = emulatorPerTest();

function post(body: unknown): Promise<Response> {
  return fetch(`${wire.emulator.url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

const messages = [{ role: 'user' as const, content: 'Hi' }];

describe('POST /v1/chat/completions', () => {
  it('answers JSON with a chat.completion carrying the text and usage', async () => {
    wire.emulator.script({ text: 'Hello from chat' });
    const completion = await wire.client.chat.completions.create({
      model: 'gpt-4.1',
      messages,
    });
    expect(completion.object).toBe('chat.completion');
    expect(completion.id).toMatch(/^chatcmpl-/);
    expect(completion.choices[0]).toMatchObject({
      index: 0,
      finish_reason: 'stop',
      message: { role: 'assistant', content: 'Hello from chat', refusal: null },
    });
    expect(completion.usage?.completion_tokens).toBe(
      Math.ceil('Hello from chat'.length / 4),
    );
    expect(completion.usage?.total_tokens).toBe(
      (completion.usage?.prompt_tokens ?? 0) +
        (completion.usage?.completion_tokens ?? 0),
    );
  });

  it('answers tool calls in Chat format with finish_reason tool_calls and null content', async () => {
    wire.emulator.script({
      toolCalls: [
        { name: 'a', arguments: { x: 1 }, callId: 'call_a' },
        { name: 'b', arguments: '{"y":2}' },
      ],
    });
    const completion = await wire.client.chat.completions.create({
      model: 'gpt-4.1',
      messages,
    });
    const choice = completion.choices[0];
    expect(choice?.finish_reason).toBe('tool_calls');
    expect(choice?.message.content).toBeNull();
    expect(choice?.message.tool_calls).toEqual([
      {
        id: 'call_a',
        type: 'function',
        function: { name: 'a', arguments: '{"x":1}' },
      },
      {
        id: expect.stringMatching(/^call_/),
        type: 'function',
        function: { name: 'b', arguments: '{"y":2}' },
      },
    ]);
  });

  it('streams data: frames without event lines and ends with data: [DONE]', async () => {
    wire.emulator.script({ text: 'one two three' });
    const response = await post({ model: 'gpt-4.1', messages, stream: true });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const text = await response.text();
    expect(text.endsWith('data: [DONE]\n\n')).toBe(true);
    expect(text).not.toContain('event:');
    const frames = text.split('\n\n').filter((frame) => frame !== '');
    expect(frames.every((frame) => frame.startsWith('data: '))).toBe(true);
    const chunks = frames
      .slice(0, -1)
      .map((frame) => JSON.parse(frame.slice(6)) as Record<string, any>);
    expect(
      chunks.every((chunk) => chunk.object === 'chat.completion.chunk'),
    ).toBe(true);
    expect(new Set(chunks.map((chunk) => chunk.id)).size).toBe(1);
    expect(chunks[0]?.choices[0].delta).toMatchObject({
      role: 'assistant',
      content: '',
    });
    const content = chunks
      .map((chunk) => chunk.choices[0]?.delta.content ?? '')
      .join('');
    expect(content).toBe('one two three');
    expect(chunks.at(-1)?.choices[0].finish_reason).toBe('stop');
    expect(chunks.some((chunk) => 'usage' in chunk)).toBe(false);
  });

  it('streams tool calls as indexed deltas that the openai client reassembles', async () => {
    wire.emulator.script({
      toolCalls: [
        { name: 'first_tool', arguments: { city: 'Paris', days: 3 } },
        { name: 'second_tool', arguments: { q: 'weather forecast' } },
      ],
    });
    const stream = await wire.client.chat.completions.create({
      model: 'gpt-4.1',
      messages,
      stream: true,
    });
    const calls: Array<{ id?: string; name: string; arguments: string }> = [];
    let finish: string | null | undefined;
    for await (const chunk of stream) {
      const choice = chunk.choices[0];
      finish = choice?.finish_reason ?? finish;
      for (const delta of choice?.delta.tool_calls ?? []) {
        const call = (calls[delta.index] ??= { name: '', arguments: '' });
        if (delta.id) call.id = delta.id;
        call.name += delta.function?.name ?? '';
        call.arguments += delta.function?.arguments ?? '';
      }
    }
    expect(finish).toBe('tool_calls');
    expect(calls.map((call) => call.name)).toEqual([
      'first_tool',
      'second_tool',
    ]);
    expect(JSON.parse(calls[0]?.arguments ?? '')).toEqual({
      city: 'Paris',
      days: 3,
    });
    expect(JSON.parse(calls[1]?.arguments ?? '')).toEqual({
      q: 'weather forecast',
    });
    expect(calls.every((call) => call.id?.startsWith('call_'))).toBe(true);
  });

  it('sends usage in a last choice-less chunk when stream_options.include_usage is set', async () => {
    wire.emulator.script({ text: 'counted' });
    const stream = await wire.client.chat.completions.create({
      model: 'gpt-4.1',
      messages,
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks: OpenAI.Chat.ChatCompletionChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    const last = chunks.at(-1);
    expect(last?.choices).toEqual([]);
    expect(last?.usage?.completion_tokens).toBe(
      Math.ceil('counted'.length / 4),
    );
    expect(chunks.slice(0, -1).every((chunk) => chunk.usage === null)).toBe(
      true,
    );
  });

  it('renders the same scripted reply in each endpoint format', async () => {
    const reply = {
      toolCalls: [{ name: 'shared', arguments: { n: 1 }, callId: 'call_same' }],
    };
    wire.emulator.script(reply, reply);
    const chat = await wire.client.chat.completions.create({
      model: 'gpt-4.1',
      messages,
    });
    const responses = await wire.client.responses.create({
      model: 'gpt-4.1',
      input: 'Hi',
    });
    expect(chat.choices[0]?.message.tool_calls?.[0]).toMatchObject({
      id: 'call_same',
      function: { name: 'shared', arguments: '{"n":1}' },
    });
    expect(responses.output[0]).toMatchObject({
      call_id: 'call_same',
      name: 'shared',
      arguments: '{"n":1}',
    });
  });
});
