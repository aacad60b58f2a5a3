import OpenAI from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emulatorClient } from '../../test/support/emulator-client.js';
import { startEmulator, type Emulator } from './start-emulator.js';

let emulator: Emulator;

beforeEach(async () => {
  emulator = await startEmulator();
});

afterEach(async () => {
  await emulator.close();
});

function client(maxRetries = 0): OpenAI {
  return emulatorClient(emulator, { maxRetries });
}

function post(path: string, body: unknown): Promise<Response> {
  return fetch(`${emulator.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Reads a body until it ends or the connection breaks; reports which. */
async function readUntilBroken(
  response: Response,
): Promise<{ text: string; broken: boolean }> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { text, broken: false };
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    return { text, broken: true };
  }
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

const streamBody = { model: 'gpt-4.1', input: 'Hi', stream: true } as const;

describe('rate_limit fault', () => {
  it('answers 429 with retry-after and an OpenAI error body', async () => {
    emulator.fault({ kind: 'rate_limit', retryAfterSeconds: 7 });
    const response = await post('/responses', {
      model: 'gpt-4.1',
      input: 'Hi',
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(await response.json()).toEqual({
      error: {
        message: expect.any(String),
        type: 'requests',
        param: null,
        code: 'rate_limit_exceeded',
      },
    });
  });

  it('lets the openai client retry after the advertised delay and succeed', async () => {
    emulator
      .fault({ kind: 'rate_limit', retryAfterSeconds: 0.01 })
      .script({ text: 'after retry' });
    const response = await client(1).responses.create({
      model: 'gpt-4.1',
      input: 'Hi',
    });
    expect(response.output_text).toBe('after retry');
    expect(emulator.requests).toHaveLength(2);
  });

  it('applies to as many requests as times says, then stops', async () => {
    emulator.fault({ kind: 'rate_limit', retryAfterSeconds: 1, times: 2 });
    const statuses: number[] = [];
    for (let index = 0; index < 3; index += 1) {
      statuses.push(
        (await post('/chat/completions', { model: 'm', messages: [] })).status,
      );
    }
    expect(statuses).toEqual([429, 429, 200]);
  });
});

describe('server_error fault', () => {
  it('answers 500 by default and the given status otherwise, with an OpenAI error body', async () => {
    emulator.fault(
      { kind: 'server_error' },
      { kind: 'server_error', status: 503 },
    );
    const first = await post('/responses', { model: 'gpt-4.1', input: 'Hi' });
    const second = await post('/responses', { model: 'gpt-4.1', input: 'Hi' });
    expect([first.status, second.status]).toEqual([500, 503]);
    expect(await first.json()).toMatchObject({
      error: { type: 'server_error', code: 'server_error' },
    });
  });

  it('surfaces as an InternalServerError in the openai client when retries are off', async () => {
    emulator.fault({ kind: 'server_error' });
    await expect(
      client().responses.create({ model: 'gpt-4.1', input: 'Hi' }),
    ).rejects.toBeInstanceOf(OpenAI.InternalServerError);
  });
});

describe('reset fault', () => {
  it('drops the connection before any header when afterEvents is not given', async () => {
    emulator.fault({ kind: 'reset' });
    await expect(
      client().responses.create({ model: 'gpt-4.1', input: 'Hi' }),
    ).rejects.toBeInstanceOf(OpenAI.APIConnectionError);
    const response = await client().responses.create({
      model: 'gpt-4.1',
      input: 'Hi',
    });
    expect(response.status).toBe('completed');
  });

  it('cuts a stream after exactly the given number of SSE events', async () => {
    emulator.fault({ kind: 'reset', afterEvents: 3 });
    const response = await post('/responses', streamBody);
    expect(response.status).toBe(200);
    const { text, broken } = await readUntilBroken(response);
    expect(broken).toBe(true);
    const frames = text.split('\n\n').filter((frame) => frame !== '');
    expect(frames).toHaveLength(3);
    expect(frames[2]).toContain('event: response.output_item.added');
  });

  it("sends every event, response.completed last, then breaks the connection when afterEvents is 'all'", async () => {
    emulator.fault({ kind: 'reset', afterEvents: 'all' });
    const response = await post('/responses', streamBody);
    const { text, broken } = await readUntilBroken(response);
    expect(broken).toBe(true);
    const frames = text.split('\n\n').filter((frame) => frame !== '');
    expect(frames.at(-1)).toContain('event: response.completed');
  });

  it('sends the headers then breaks before any event when afterEvents is 0', async () => {
    emulator.fault({ kind: 'reset', afterEvents: 0 });
    const response = await post('/chat/completions', {
      model: 'm',
      messages: [],
      stream: true,
    });
    expect(response.status).toBe(200);
    expect(await readUntilBroken(response)).toEqual({ text: '', broken: true });
  });

  it('makes the openai client stream fail after the events it did receive', async () => {
    emulator.fault({ kind: 'reset', afterEvents: 2 });
    const stream = await client().responses.create(streamBody);
    const types: string[] = [];
    await expect(
      (async () => {
        for await (const event of stream) types.push(event.type);
      })(),
    ).rejects.toThrow();
    expect(types).toEqual(['response.created', 'response.in_progress']);
  });

  it('truncates a JSON body mid-way when afterEvents is given for a non-streaming request', async () => {
    emulator.fault({ kind: 'reset', afterEvents: 1 });
    const response = await post('/responses', {
      model: 'gpt-4.1',
      input: 'Hi',
    });
    const { text, broken } = await readUntilBroken(response);
    expect(broken).toBe(true);
    expect(() => JSON.parse(text)).toThrow();
  });
});

describe('content faults', () => {
  it('malformed_arguments breaks the JSON of the next function call, streamed or not', async () => {
    emulator.fault({ kind: 'malformed_arguments', times: 2 });
    emulator.script(
      { toolCalls: [{ name: 'f', arguments: { a: 1, b: 'two' } }] },
      {
        toolCalls: [{ name: 'f', arguments: { a: 1 } }],
      },
    );
    const json = await client().responses.create({
      model: 'gpt-4.1',
      input: 'Hi',
    });
    const call = json.output[0] as OpenAI.Responses.ResponseFunctionToolCall;
    expect(() => JSON.parse(call.arguments)).toThrow();
    const stream = await client().chat.completions.create({
      model: 'm',
      messages: [],
      stream: true,
    });
    let args = '';
    for await (const chunk of stream)
      args +=
        chunk.choices[0]?.delta.tool_calls?.[0]?.function?.arguments ?? '';
    expect(args).not.toBe('');
    expect(() => JSON.parse(args)).toThrow();
  });

  it('unknown_tool replaces the reply with a call to a tool that was not offered', async () => {
    emulator.fault(
      { kind: 'unknown_tool' },
      { kind: 'unknown_tool', name: 'launch_rocket' },
    );
    const tools: OpenAI.Responses.FunctionTool[] = [
      {
        type: 'function',
        name: 'real_tool',
        parameters: { type: 'object', properties: {} },
        strict: false,
      },
    ];
    const first = await client().responses.create({
      model: 'gpt-4.1',
      input: 'Hi',
      tools,
    });
    const second = await client().chat.completions.create({
      model: 'm',
      messages: [{ role: 'user', content: 'x' }],
    });
    expect(first.output).toEqual([
      expect.objectContaining({
        type: 'function_call',
        name: 'nonexistent_tool',
      }),
    ]);
    expect(second.choices[0]?.message.tool_calls?.[0]).toMatchObject({
      function: { name: 'launch_rocket' },
    });
  });
});

describe('slow_first_byte fault', () => {
  it('holds the headers back while the delay runs, and close() cancels the wait', async () => {
    emulator.fault({ kind: 'slow_first_byte', delayMs: 60_000 });
    let settled = false;
    const pending = post('/responses', {
      model: 'gpt-4.1',
      input: 'Hi',
    }).finally(() => {
      settled = true;
    });
    await until(() => emulator.requests.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    await emulator.close();
    await expect(pending).rejects.toThrow();
  });

  it('answers normally once a short delay has passed', async () => {
    emulator
      .fault({ kind: 'slow_first_byte', delayMs: 10 })
      .script({ text: 'late' });
    const response = await client().responses.create({
      model: 'gpt-4.1',
      input: 'Hi',
    });
    expect(response.output_text).toBe('late');
  });
});

describe('stream_error fault', () => {
  it('streams an error event with the nested shape of the recordings, then response.failed', async () => {
    emulator.fault({ kind: 'stream_error' });
    const text = await (await post('/responses', streamBody)).text();
    const events = text
      .split('\n\n')
      .filter((frame) => frame !== '')
      .map(
        (frame) =>
          JSON.parse(frame.split('\n')[1]!.slice(6)) as Record<string, any>,
      );
    expect(events.map((event) => event.type)).toEqual([
      'response.created',
      'response.in_progress',
      'error',
      'response.failed',
    ]);
    expect(events.map((event) => event.sequence_number)).toEqual([0, 1, 2, 3]);
    expect(events[2]).toEqual({
      type: 'error',
      sequence_number: 2,
      error: {
        type: 'server_error',
        code: 'server_error',
        message: expect.any(String),
        param: null,
      },
    });
    expect(events[3]?.response).toMatchObject({
      status: 'failed',
      error: { code: 'server_error' },
    });
  });

  it('makes the openai client throw an APIError carrying the code and message', async () => {
    emulator.fault({
      kind: 'stream_error',
      code: 'overloaded',
      message: 'Try later',
    });
    const stream = await client().responses.create(streamBody);
    const failure = await (async () => {
      for await (const _event of stream);
    })().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OpenAI.APIError);
    expect((failure as InstanceType<typeof OpenAI.APIError>).code).toBe(
      'overloaded',
    );
    expect((failure as Error).message).toContain('Try later');
  });

  it('fails a Chat stream with a data: {"error"} chunk the client throws on', async () => {
    emulator.fault({ kind: 'stream_error' });
    const stream = await client().chat.completions.create({
      model: 'm',
      messages: [],
      stream: true,
    });
    const failure = await (async () => {
      for await (const _chunk of stream);
    })().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OpenAI.APIError);
  });

  it('answers a non-streaming Responses call with a failed response', async () => {
    emulator.fault({ kind: 'stream_error' });
    const response = await client().responses.create({
      model: 'gpt-4.1',
      input: 'Hi',
    });
    expect(response.status).toBe('failed');
    expect(response.error?.code).toBe('server_error');
  });
});

describe('fault queue', () => {
  it('applies one fault per request, in order, and records the faulted requests', async () => {
    emulator.fault(
      { kind: 'server_error' },
      { kind: 'rate_limit', retryAfterSeconds: 1 },
    );
    const statuses = [];
    for (let index = 0; index < 3; index += 1) {
      statuses.push(
        (await post('/responses', { model: 'gpt-4.1', input: `r${index}` }))
          .status,
      );
    }
    expect(statuses).toEqual([500, 429, 200]);
    expect(
      emulator.requests.map(
        (request) => (request.body as { input: string }).input,
      ),
    ).toEqual(['r0', 'r1', 'r2']);
  });

  it('takes faults given as a start option', async () => {
    await emulator.close();
    emulator = await startEmulator({
      faults: [{ kind: 'server_error', status: 502 }],
    });
    expect(
      (await post('/responses', { model: 'gpt-4.1', input: 'Hi' })).status,
    ).toBe(502);
  });
});
