import type OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { emulatorPerTest } from '../../test/support/emulator-per-test.js';

const wire = emulatorPerTest();

function post(path: string, body: unknown): Promise<Response> {
  return fetch(`${wire.emulator.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: 'Bearer test',
    },
    body: JSON.stringify(body),
  });
}

/** Splits an SSE body into its frames, keeping each frame's raw lines. */
function frames(text: string): Array<{ event?: string; data: string }> {
  return text
    .split('\n\n')
    .filter((frame) => frame !== '')
    .map((frame) => {
      const lines = frame.split('\n');
      const event = lines.find((line) => line.startsWith('event: '))?.slice(7);
      const data = lines
        .filter((line) => line.startsWith('data: '))
        .map((line) => line.slice(6))
        .join('\n');
      return event === undefined ? { data } : { event, data };
    });
}

describe('startEmulator', () => {
  it('listens on 127.0.0.1 on a free port and gives a /v1 base URL', () => {
    expect(wire.emulator.port).toBeGreaterThan(0);
    expect(wire.emulator.url).toBe(`http://127.0.0.1:${wire.emulator.port}/v1`);
  });

  it('answers a JSON Responses request with a complete Response object', async () => {
    wire.emulator.script({ text: 'Hello there' });
    const response = await post('/responses', {
      model: 'gpt-4.1',
      input: 'Hi',
      instructions: 'Be nice',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const body = (await response.json()) as Record<string, any>;
    expect(body).toMatchObject({
      object: 'response',
      status: 'completed',
      model: 'gpt-4.1',
      instructions: 'Be nice',
      error: null,
      tools: [],
      text: { format: { type: 'text' } },
      output: [
        {
          type: 'message',
          role: 'assistant',
          status: 'completed',
          content: [
            {
              type: 'output_text',
              text: 'Hello there',
              annotations: [],
              logprobs: [],
            },
          ],
        },
      ],
    });
    expect(body.id).toMatch(/^resp_[0-9a-f]{50}$/);
    expect(body.output[0].id).toMatch(/^msg_/);
    expect(typeof body.created_at).toBe('number');
    const usage = body.usage;
    expect(usage.input_tokens).toBeGreaterThan(0);
    expect(usage.output_tokens).toBe(Math.ceil('Hello there'.length / 4));
    expect(usage.total_tokens).toBe(usage.input_tokens + usage.output_tokens);
    expect(usage.input_tokens_details.cached_tokens).toBe(0);
    expect(usage.output_tokens_details.reasoning_tokens).toBe(0);
  });

  it('streams a text reply with the live event order, event:/data: framing and no [DONE]', async () => {
    wire.emulator.script({ text: 'Hello streaming world' });
    const response = await post('/responses', {
      model: 'gpt-4.1',
      input: 'Hi',
      stream: true,
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const text = await response.text();
    expect(text).not.toContain('[DONE]');
    const parsed = frames(text);
    const events = parsed.map(
      (frame) => JSON.parse(frame.data) as Record<string, any>,
    );
    parsed.forEach((frame, index) =>
      expect(frame.event).toBe(events[index]?.type),
    );
    expect(events.map((event) => event.sequence_number)).toEqual(
      events.map((_, index) => index),
    );
    const types = events.map((event) => event.type);
    expect(types[0]).toBe('response.created');
    expect(types[1]).toBe('response.in_progress');
    expect(types.slice(2, 4)).toEqual([
      'response.output_item.added',
      'response.content_part.added',
    ]);
    expect(types.slice(-4)).toEqual([
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    const deltas = events.filter(
      (event) => event.type === 'response.output_text.delta',
    );
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.map((event) => event.delta).join('')).toBe(
      'Hello streaming world',
    );
    expect(events[0]?.response.usage).toBeNull();
    expect(events.at(-1)?.response.output[0].content[0].text).toBe(
      'Hello streaming world',
    );
    expect(events.at(-1)?.response.usage.total_tokens).toBeGreaterThan(0);
  });

  it('streams function calls as argument deltas whose done event carries the arguments but no name', async () => {
    wire.emulator.script({
      toolCalls: [
        { name: 'lookup', arguments: { orderId: 'A-123', verbose: true } },
      ],
    });
    const text = await (
      await post('/responses', { model: 'gpt-4.1', input: 'x', stream: true })
    ).text();
    const events = frames(text).map(
      (frame) => JSON.parse(frame.data) as Record<string, any>,
    );
    const added = events.find(
      (event) => event.type === 'response.output_item.added',
    );
    expect(added?.item).toMatchObject({
      type: 'function_call',
      name: 'lookup',
      arguments: '',
      status: 'in_progress',
    });
    expect(added?.item.id).toMatch(/^fc_/);
    expect(added?.item.call_id).toMatch(/^call_/);
    const deltas = events.filter(
      (event) => event.type === 'response.function_call_arguments.delta',
    );
    expect(deltas.length).toBeGreaterThan(1);
    const done = events.find(
      (event) => event.type === 'response.function_call_arguments.done',
    );
    expect(done?.arguments).toBe('{"orderId":"A-123","verbose":true}');
    expect(done).not.toHaveProperty('name');
    expect(deltas.map((event) => event.delta).join('')).toBe(done?.arguments);
  });

  it('renders scripted canonical items, reasoning included, through the openai client', async () => {
    wire.emulator.script({
      output: [
        {
          type: 'reasoning',
          summary: [{ type: 'summary_text', text: 'Thinking it over' }],
        },
        {
          type: 'message',
          role: 'assistant',
          content: [{ type: 'output_text', text: 'Answer' }],
        },
      ],
    });
    const stream = await wire.client.responses.create({
      model: 'gpt-4.1',
      input: 'q',
      stream: true,
    });
    const types: string[] = [];
    let final: OpenAI.Responses.Response | undefined;
    for await (const event of stream) {
      types.push(event.type);
      if (event.type === 'response.completed') final = event.response;
    }
    expect(types).toContain('response.reasoning_summary_text.delta');
    expect(types.indexOf('response.reasoning_summary_part.done')).toBeLessThan(
      types.indexOf('response.content_part.added'),
    );
    expect(final?.output.map((item) => item.type)).toEqual([
      'reasoning',
      'message',
    ]);
    expect(final?.output[0]?.id).toMatch(/^rs_/);
  });

  it('renders a json reply as message text that parses back to the value', async () => {
    wire.emulator.script({ json: { city: 'Paris', temperature: 21 } });
    const response = await wire.client.responses.create({
      model: 'gpt-4.1',
      input: 'q',
    });
    expect(JSON.parse(response.output_text)).toEqual({
      city: 'Paris',
      temperature: 21,
    });
  });

  it('calls a reply function with the recorded request', async () => {
    wire.emulator.script((request) => ({
      text: `model was ${(request.body as { model: string }).model}`,
    }));
    const response = await wire.client.responses.create({
      model: 'gpt-4o-mini',
      input: 'q',
    });
    expect(response.output_text).toBe('model was gpt-4o-mini');
  });

  it('consumes scripted replies in order, then falls back to the default model', async () => {
    wire.emulator.script({ text: 'first' }, { text: 'second' });
    const texts: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      texts.push(
        (
          await wire.client.responses.create({
            model: 'gpt-4.1',
            input: 'ping',
          })
        ).output_text,
      );
    }
    expect(texts.slice(0, 2)).toEqual(['first', 'second']);
    expect(texts[2]).toContain('ping');
  });

  it('records every request with method, path, headers and parsed body', async () => {
    await wire.client.responses.create({ model: 'gpt-4.1', input: 'recorded' });
    await post('/chat/completions', {
      model: 'gpt-4.1',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(wire.emulator.requests).toHaveLength(2);
    expect(wire.emulator.requests[0]).toMatchObject({
      method: 'POST',
      path: '/v1/responses',
      body: { model: 'gpt-4.1', input: 'recorded' },
    });
    expect(wire.emulator.requests[0]?.headers.authorization).toBe(
      'Bearer test',
    );
    expect(wire.emulator.requests[1]?.path).toBe('/v1/chat/completions');
  });

  it('answers an unknown path with a 404 OpenAI error body', async () => {
    const response = await post('/embeddings', { input: 'x' });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      error: { type: 'invalid_request_error' },
    });
  });

  it('answers a body that is not JSON with a 400 OpenAI error body', async () => {
    const response = await fetch(`${wire.emulator.url}/responses`, {
      method: 'POST',
      body: 'not json',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { type: 'invalid_request_error' },
    });
  });

  it('reset() clears queued replies, faults and the request record', async () => {
    wire.emulator.script({ text: 'scripted' }).fault({ kind: 'server_error' });
    await wire.client.responses
      .create({ model: 'gpt-4.1', input: 'a' })
      .catch(() => undefined);
    wire.emulator.script({ text: 'left over' }).fault({ kind: 'server_error' });
    wire.emulator.reset();
    expect(wire.emulator.requests).toHaveLength(0);
    const response = await wire.client.responses.create({
      model: 'gpt-4.1',
      input: 'after reset',
    });
    expect(response.output_text).not.toBe('left over');
    expect(response.output_text).toContain('after reset');
  });

  it('continues a stored conversation through previous_response_id', async () => {
    const tools: OpenAI.Responses.FunctionTool[] = [
      {
        type: 'function',
        name: 'get_time',
        parameters: { type: 'object', properties: {} },
        strict: false,
      },
    ];
    const first = await wire.client.responses.create({
      model: 'gpt-4.1',
      input: 'What time is it?',
      tools,
    });
    const call = first.output[0] as OpenAI.Responses.ResponseFunctionToolCall;
    expect(call.name).toBe('get_time');
    const second = await wire.client.responses.create({
      model: 'gpt-4.1',
      previous_response_id: first.id,
      input: [
        {
          type: 'function_call_output',
          call_id: call.call_id,
          output: '12:00',
        },
      ],
      tools,
    });
    expect(second.previous_response_id).toBe(first.id);
    expect(second.output_text).toContain('12:00');
  });

  it('closes idempotently and refuses connections afterwards', async () => {
    const { url } = wire.emulator;
    await wire.emulator.close();
    await wire.emulator.close();
    await expect(
      fetch(`${url}/responses`, { method: 'POST', body: '{}' }),
    ).rejects.toThrow();
  });
});
