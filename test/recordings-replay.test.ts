import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
} from 'vitest';
import {
  ModelRequestError,
  StreamInterruptedError,
  type ModelRequest,
} from '@baton/core';
import {
  OpenAIChatCompletionsModel,
  OpenAIResponsesModel,
} from '@baton/openai';
import { startEmulator, type Emulator } from '@baton/testing';
import { collectStream } from './support/collect-stream.js';
import {
  emulatorClient,
  type EmulatorClientOptions,
} from './support/emulator-client.js';
import { watchSockets, type SocketWatch } from './support/socket-watch.js';

const FIXTURES = new URL('../../shared/fixtures/', import.meta.url);
const fixture = (name: string) => fileURLToPath(new URL(name, FIXTURES));
const request: ModelRequest = {
  input: [{ role: 'user', content: 'Hi' }],
  modelSettings: {},
  tools: [],
  outputFormat: { type: 'text' },
};

type Json = Record<string, any>;

/** The events of one Responses stream in a `.chunks.txt` recording (several may be joined in one file). */
function responsesStream(name: string, index = 0): Json[] {
  const events = readFileSync(fixture(name), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Json);
  const streams: Json[][] = [];
  for (const event of events) {
    if (event.type === 'response.created' || streams.length === 0)
      streams.push([]);
    streams.at(-1)!.push(event);
  }
  return streams[index]!;
}

/** The chunks of a Chat Completions recording, `.sse` or `.chunks.txt`. */
function chatChunks(name: string): Json[] {
  const lines = readFileSync(fixture(name), 'utf8').split('\n').filter(Boolean);
  return lines
    .map((line) => line.replace(/^data: /, ''))
    .filter((line) => line !== '[DONE]')
    .map((line) => JSON.parse(line) as Json);
}

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.reset();
});

/** A model of either API, on a client of the shared emulator (no retries unless the options ask for some). */
const modelOf = {
  responses: (name: string, options?: EmulatorClientOptions) =>
    new OpenAIResponsesModel(emulatorClient(emulator, options), name),
  chat: (name: string, options?: EmulatorClientOptions) =>
    new OpenAIChatCompletionsModel(emulatorClient(emulator, options), name),
};

describe('Responses recordings replayed through OpenAIResponsesModel', () => {
  const streams: Array<[string, number]> = [
    ['azure-text.1.chunks.txt', 0],
    ['azure-tool-call.1.chunks.txt', 0],
    ['openai-file-search-tool.1.chunks.txt', 0],
    ['openai-web-search-tool.1.chunks.txt', 0],
    ['openai-reasoning-encrypted-content.1.chunks.txt', 0],
    ['openai-reasoning-encrypted-content.1.chunks.txt', 1],
    ['openai-reasoning-encrypted-content.1.chunks.txt', 2],
    ['openai-reasoning-encrypted-content.1.chunks.txt', 3],
  ];

  it.each(streams)(
    'streams %s (#%i) into the items, text and usage it records',
    async (name, index) => {
      const events = responsesStream(`responses/${name}`, index);
      emulator.replay({ file: fixture(`responses/${name}`), index });
      const collected = await collectStream(
        modelOf.responses('gpt-4.1').getStreamedResponse(request),
      );

      const completed = events.find(
        (event) => event.type === 'response.completed',
      )!.response as Json;
      const doneItems = events
        .filter((event) => event.type === 'response.output_item.done')
        .map((event) => event.item as Json);
      expect(collected.raw).toEqual(events);
      expect(collected.started).toBe(1);
      expect(collected.done).toHaveLength(1);
      const [response] = collected.done;
      expect(response!.output).toEqual(completed.output);
      expect(response!.output.map((item) => [item.type, item.id])).toEqual(
        doneItems.map((item) => [item.type, item.id]),
      );
      expect(response!.responseId).toBe(completed.id);
      expect(response!.usage).toMatchObject({
        inputTokens: completed.usage.input_tokens,
        outputTokens: completed.usage.output_tokens,
        totalTokens: completed.usage.total_tokens,
        inputTokensDetails: completed.usage.input_tokens_details,
      });
      const deltas = events
        .filter((event) => event.type === 'response.output_text.delta')
        .map((event) => event.delta as string);
      expect(collected.text).toBe(deltas.join(''));
    },
  );

  it('keeps function calls with their names, taken from the items rather than the arguments events', async () => {
    emulator.replay({
      file: fixture('responses/azure-tool-call.1.chunks.txt'),
    });
    const { done } = await collectStream(
      modelOf.responses('gpt-4.1').getStreamedResponse(request),
    );
    expect(done[0]!.output).toEqual([
      expect.objectContaining({
        type: 'function_call',
        name: 'weather',
        call_id: 'call_H5DxLSFnsGhiROnUiDHmgyc8',
        arguments: '{"location":"San Francisco"}',
      }),
    ]);
  });

  it('keeps reasoning items with their encrypted content and summary', async () => {
    emulator.replay({
      file: fixture(
        'responses/openai-reasoning-encrypted-content.1.chunks.txt',
      ),
    });
    const { done } = await collectStream(
      modelOf.responses('gpt-4.1').getStreamedResponse(request),
    );
    const reasoning = done[0]!.output.find(
      (item) => item.type === 'reasoning',
    ) as Json;
    expect(reasoning.encrypted_content).toMatch(/^gAAAA/);
    expect(reasoning.summary[0].text).toContain('Calculating');
    expect(
      done[0]!.output
        .filter((item) => item.type === 'function_call')
        .map((item) => (item as Json).name),
    ).toEqual(['calculator']);
  });

  it('keeps hosted tool calls whole: web search actions and file search queries', async () => {
    emulator.replay({
      file: fixture('responses/openai-web-search-tool.1.chunks.txt'),
    });
    emulator.replay({
      file: fixture('responses/openai-file-search-tool.1.chunks.txt'),
    });
    const model = modelOf.responses('gpt-4.1');
    const web = await collectStream(model.getStreamedResponse(request));
    const searches = web.done[0]!.output.filter(
      (item) => item.type === 'web_search_call',
    ) as Json[];
    expect(searches.length).toBeGreaterThan(0);
    for (const search of searches) expect(search.action).toBeDefined();
    const file = await collectStream(model.getStreamedResponse(request));
    const fileSearch = file.done[0]!.output.find(
      (item) => item.type === 'file_search_call',
    ) as Json;
    expect(fileSearch.queries.length).toBeGreaterThan(0);
  });

  it.each([
    'azure-tool-call.1.json',
    'openai-reasoning-encrypted-content.1.json',
    'openai-web-search-tool.1.json',
  ])(
    'reads the non-streamed body %s into its output, id and usage',
    async (name) => {
      const body = JSON.parse(
        readFileSync(fixture(`responses/${name}`), 'utf8'),
      ) as Json;
      emulator.replay({ file: fixture(`responses/${name}`) });
      const response = await modelOf.responses('gpt-4.1').getResponse(request);
      expect(response.output).toEqual(body.output);
      expect(response.responseId).toBe(body.id);
      expect(response.usage).toMatchObject({
        inputTokens: body.usage.input_tokens,
        outputTokens: body.usage.output_tokens,
      });
    },
  );

  it('turns the recorded error event into ModelRequestError with its code', async () => {
    emulator.replay({ file: fixture('responses/openai-error.1.chunks.txt') });
    const stream = modelOf.responses('gpt-4.1').getStreamedResponse(request);
    await expect(collectStream(stream)).rejects.toSatisfy(
      (error) =>
        ModelRequestError.isInstance(error) &&
        error.code === 'insufficient_quota',
    );
  });

  it('turns the recorded 429 body into ModelRequestError with status and code', async () => {
    emulator.replay({
      file: fixture('responses/openai-error.1.json'),
      status: 429,
    });
    const failure = modelOf.responses('gpt-4.1').getResponse(request);
    await expect(failure).rejects.toSatisfy(
      (error) =>
        ModelRequestError.isInstance(error) &&
        error.status === 429 &&
        error.code === 'insufficient_quota',
    );
  });
});

describe('Chat Completions recordings replayed through OpenAIChatCompletionsModel', () => {
  const recordings = [
    'openai-python-chat-text.sse',
    'openai-python-chat-tool-call.sse',
    'openai-python-chat-parallel-tool-calls.sse',
    'openai-text.chunks.txt',
    'xai-tool-call.chunks.txt',
  ];

  it.each(recordings)(
    'streams %s into its text, tool calls and usage',
    async (name) => {
      const chunks = chatChunks(`chat/${name}`);
      emulator.replay({ file: fixture(`chat/${name}`) });
      const collected = await collectStream(
        modelOf.chat('gpt-4.1').getStreamedResponse(request),
      );
      // openai 7 fills in `finish_reason: null` where a compatible server left it out, hence a subset match.
      expect(collected.raw).toMatchObject(chunks);
      expect(collected.done).toHaveLength(1);
      const text = chunks
        .map((chunk) => chunk.choices?.[0]?.delta?.content ?? '')
        .join('');
      expect(collected.text).toBe(text);
      const message = collected.done[0]!.output.find(
        (item) => item.type === 'message',
      ) as Json | undefined;
      expect(message?.content?.[0]?.text ?? '').toBe(text);
      const usage = chunks.find((chunk) => chunk.usage)!.usage as Json;
      expect(collected.done[0]!.usage).toMatchObject({
        inputTokens: usage.prompt_tokens,
        outputTokens: usage.completion_tokens,
        totalTokens: usage.total_tokens,
      });
    },
  );

  it('accumulates a streamed tool call by index, with the tool call id as call_id', async () => {
    emulator.replay({ file: fixture('chat/openai-python-chat-tool-call.sse') });
    const { done } = await collectStream(
      modelOf.chat('gpt-4o').getStreamedResponse(request),
    );
    expect(done[0]!.output).toHaveLength(1);
    const call = done[0]!.output[0] as Json;
    expect(call).toMatchObject({
      type: 'function_call',
      name: 'get_weather',
      call_id: 'call_CTf1nWJLqSeRgDqaCG27xZ74',
    });
    expect(JSON.parse(call.arguments)).toMatchObject({ city: 'San Francisco' });
  });

  it('keeps parallel tool calls apart', async () => {
    emulator.replay({
      file: fixture('chat/openai-python-chat-parallel-tool-calls.sse'),
    });
    const { done } = await collectStream(
      modelOf.chat('gpt-4o').getStreamedResponse(request),
    );
    const calls = done[0]!.output as Json[];
    expect(calls.map((call) => call.name)).toEqual([
      'GetWeatherArgs',
      'get_stock_price',
    ]);
    expect(calls.map((call) => JSON.parse(call.arguments))).toEqual([
      { city: 'Edinburgh', country: 'GB', units: 'c' },
      { ticker: 'AAPL', exchange: 'NASDAQ' },
    ]);
  });

  it('keeps reasoning_content as a reasoning item and a one-delta tool call whole', async () => {
    const reasoningText = chatChunks('chat/xai-tool-call.chunks.txt')
      .map((chunk) => chunk.choices?.[0]?.delta?.reasoning_content ?? '')
      .join('');
    emulator.replay({ file: fixture('chat/xai-tool-call.chunks.txt') });
    const { done } = await collectStream(
      modelOf.chat('grok-3-mini').getStreamedResponse(request),
    );
    expect(done[0]!.output).toEqual([
      {
        type: 'reasoning',
        summary: [],
        content: [{ type: 'reasoning_text', text: reasoningText }],
      },
      {
        type: 'function_call',
        call_id: 'call_79382389',
        name: 'weather',
        arguments: '{"location":"San Francisco"}',
        status: 'completed',
      },
    ]);
    expect(done[0]!.usage).toMatchObject({
      inputTokensDetails: { cached_tokens: 306 },
      outputTokensDetails: { reasoning_tokens: 227 },
    });
  });
});

describe('transport failures', () => {
  it('retries a 429 after its retry-after and then succeeds', async () => {
    emulator
      .fault({ kind: 'rate_limit', retryAfterSeconds: 0.01 })
      .script({ text: 'after the wait' });
    const response = await modelOf
      .responses('gpt-4.1', { maxRetries: 2 })
      .getResponse(request);
    expect(response.output).toEqual([
      expect.objectContaining({
        content: [expect.objectContaining({ text: 'after the wait' })],
      }),
    ]);
    expect(emulator.requests).toHaveLength(2);
  });

  it('retries a 429 before a stream starts, on Chat Completions too', async () => {
    emulator
      .fault({ kind: 'rate_limit', retryAfterSeconds: 0.01 })
      .script({ text: 'streamed after the wait' });
    const model = modelOf.chat('gpt-4.1', { maxRetries: 2 });
    const collected = await collectStream(model.getStreamedResponse(request));
    expect(collected.text).toBe('streamed after the wait');
    expect(emulator.requests).toHaveLength(2);
  });

  it('reports a 429 the client gave up on as ModelRequestError with status and code', async () => {
    emulator.fault({ kind: 'rate_limit', retryAfterSeconds: 0.01 });
    const failure = modelOf.responses('gpt-4.1').getResponse(request);
    await expect(failure).rejects.toSatisfy(
      (error) =>
        ModelRequestError.isInstance(error) &&
        error.status === 429 &&
        error.code === 'rate_limit_exceeded',
    );
  });

  it('reports a 500 the client gave up on as ModelRequestError', async () => {
    emulator.fault({ kind: 'server_error' });
    const failure = modelOf.chat('gpt-4.1').getResponse(request);
    await expect(failure).rejects.toSatisfy(
      (error) => ModelRequestError.isInstance(error) && error.status === 500,
    );
  });

  it.each(['responses', 'chat'] as const)(
    'reports a %s stream reset midway as StreamInterruptedError',
    async (api) => {
      emulator
        .fault({ kind: 'reset', afterEvents: 2 })
        .script({ text: 'one two three four five six seven eight' });
      const model = modelOf[api]('m');
      await expect(
        collectStream(model.getStreamedResponse(request)),
      ).rejects.toSatisfy(
        (error) =>
          StreamInterruptedError.isInstance(error) &&
          (error as Error).cause !== undefined,
      );
    },
  );

  it.each(['responses', 'chat'] as const)(
    'reports a %s stream error as ModelRequestError with its code',
    async (api) => {
      emulator.fault({
        kind: 'stream_error',
        code: 'server_overloaded',
        message: 'Try later.',
      });
      const model = modelOf[api]('m');
      await expect(
        collectStream(model.getStreamedResponse(request)),
      ).rejects.toSatisfy(
        (error) =>
          ModelRequestError.isInstance(error) &&
          error.code === 'server_overloaded',
      );
    },
  );
});

describe('failures without streaming', () => {
  it('reports a failed response as ModelRequestError with its code', async () => {
    emulator.fault({ kind: 'stream_error', code: 'server_overloaded' });
    const failure = modelOf.responses('m').getResponse(request);
    await expect(failure).rejects.toSatisfy(
      (error) =>
        ModelRequestError.isInstance(error) &&
        error.code === 'server_overloaded',
    );
  });

  it.each(['responses', 'chat'] as const)(
    'reports a %s body cut off midway as ModelRequestError',
    async (api) => {
      emulator.fault({ kind: 'reset', afterEvents: 0 }).script({ text: 'x' });
      const model = modelOf[api]('m');
      await expect(model.getResponse(request)).rejects.toSatisfy((error) =>
        ModelRequestError.isInstance(error),
      );
    },
  );
});

describe('closing the connection', () => {
  let slow: Emulator;
  let relay: SocketWatch;
  beforeAll(async () => {
    // Paced so the recording is still being sent when the consumer leaves.
    slow = await startEmulator({ chunkDelayMs: 5 });
  });
  afterAll(() => slow.close());
  beforeEach(async () => {
    slow.reset();
    relay = await watchSockets(slow.url);
  });
  afterEach(() => relay.close());

  const models = {
    responses: () => {
      slow.replay({
        file: fixture('responses/openai-web-search-tool.1.chunks.txt'),
      });
      return new OpenAIResponsesModel(
        emulatorClient(slow, { baseURL: relay.url }),
        'gpt-4.1',
      );
    },
    chat: () => {
      slow.replay({ file: fixture('chat/openai-text.chunks.txt') });
      return new OpenAIChatCompletionsModel(
        emulatorClient(slow, { baseURL: relay.url }),
        'gpt-4.1',
      );
    },
  };

  it.each(['responses', 'chat'] as const)(
    'closes the socket when the consumer breaks out of a %s stream',
    async (api) => {
      const model = models[api]();
      let seen = 0;
      for await (const event of model.getStreamedResponse(request)) {
        seen += 1;
        if (event.type === 'model' || event.type === 'response_started') break;
      }
      expect(seen).toBe(1);
      expect(relay.usedConnections).toBe(1);
      await relay.allClosed();
      expect(relay.openConnections).toBe(0);
    },
  );

  it.each(['responses', 'chat'] as const)(
    'ends a %s stream with the abort reason and closes the socket on abort',
    async (api) => {
      const model = models[api]();
      const controller = new AbortController();
      const reason = new Error('caller gave up');
      const read = async () => {
        for await (const event of model.getStreamedResponse({
          ...request,
          signal: controller.signal,
        })) {
          if (event.type === 'model') controller.abort(reason);
        }
      };
      await expect(read()).rejects.toBe(reason);
      await relay.allClosed();
      expect(relay.openConnections).toBe(0);
    },
  );
});
