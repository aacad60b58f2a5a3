import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  ModelRequestError,
  RunAbortedError,
  StreamInterruptedError,
  tool,
} from '@baton/core';
import {
  OpenAIChatCompletionsModel,
  OpenAIResponsesModel,
} from '@baton/openai';
import { collectStream } from './support/collect-stream.js';
import { modelRequest } from './support/model-request.js';
import { watchSockets } from './support/socket-watch.js';
import { responsesBodies, wirePerTest } from './support/wire-setup.js';

const startWire = wirePerTest();

const echo = tool({
  name: 'echo',
  description: 'Echo a word',
  parameters: z.object({ word: z.string() }),
  execute: ({ word }) => `echo:${word}`,
});

async function drain(iterable: AsyncIterable<unknown>) {
  for await (const _event of iterable);
}

describe('faults on the wire', () => {
  it('retries a 429 with retry-after and the run succeeds', async () => {
    const wire = await startWire({
      faults: [{ kind: 'rate_limit', retryAfterSeconds: 0 }],
    });
    const result = await wire.runner.run(new Agent({ name: 'A' }), 'hello');
    expect(result.finalOutput).toBeTruthy();
    expect(wire.emulator.requests).toHaveLength(2);
  });

  it('retries a 500 once, then ends with ModelRequestError (status, state) when it persists', async () => {
    const wire = await startWire({ faults: [{ kind: 'server_error' }] });
    expect(
      (await wire.runner.run(new Agent({ name: 'A' }), 'hello')).finalOutput,
    ).toBeTruthy();

    wire.emulator.reset();
    wire.emulator.fault({ kind: 'server_error', times: 3 });
    const error = await wire.runner
      .run(new Agent({ name: 'A' }), 'hello')
      .catch((caught: unknown) => caught);
    expect(ModelRequestError.isInstance(error)).toBe(true);
    expect((error as ModelRequestError).status).toBe(500);
    expect((error as ModelRequestError).state?.currentTurn).toBe(1);
  });

  it('recovers from a connection reset before the response headers', async () => {
    const wire = await startWire({ faults: [{ kind: 'reset' }] });
    const result = await wire.runner.run(new Agent({ name: 'A' }), 'hello', {
      stream: true,
    });
    await drain(result);
    expect(result.finalOutput).toBeTruthy();
  });

  it('retries a stream that breaks before its first event reached the caller', async () => {
    const wire = await startWire({
      faults: [{ kind: 'reset', afterEvents: 0 }],
    });
    const result = await wire.runner.run(new Agent({ name: 'A' }), 'hello', {
      stream: true,
    });
    await drain(result);
    expect(result.finalOutput).toBeTruthy();
    expect(wire.emulator.requests).toHaveLength(2);
  });

  it('ends with StreamInterruptedError carrying state when the stream breaks after events were seen', async () => {
    const wire = await startWire({
      faults: [{ kind: 'reset', afterEvents: 4 }],
    });
    const result = await wire.runner.run(new Agent({ name: 'A' }), 'hello', {
      stream: true,
    });
    const error = await drain(result).catch((caught: unknown) => caught);
    expect(StreamInterruptedError.isInstance(error)).toBe(true);
    expect(error).not.toBeInstanceOf(TypeError);
    expect((error as StreamInterruptedError).state?.currentTurn).toBe(1);
    expect(wire.emulator.requests).toHaveLength(1);
  });

  it('keeps a complete response when the connection breaks after response.completed', async () => {
    const wire = await startWire({
      faults: [{ kind: 'reset', afterEvents: 'all' }],
    });
    const model = new OpenAIResponsesModel(wire.client, 'gpt-4.1');
    wire.emulator.script({ text: 'All done.' });
    const collected = await collectStream(
      model.getStreamedResponse(modelRequest()),
    );
    expect(collected.done).toHaveLength(1);
    expect(collected.text).toBe('All done.');
    // The stream ends normally: Baton's response_done, then the raw response.completed it came from.
    expect(collected.events.slice(-2).map((event) => event.type)).toEqual([
      'response_done',
      'model',
    ]);

    wire.emulator.fault({ kind: 'reset', afterEvents: 'all' });
    const result = await wire.runner.run(new Agent({ name: 'A' }), 'hello', {
      stream: true,
    });
    await drain(result);
    expect(result.finalOutput).toMatch(/Hello from the Baton emulator/);
    expect(wire.emulator.requests).toHaveLength(2);
  });

  it('keeps a complete Chat Completions stream when the connection breaks just before [DONE]', async () => {
    const wire = await startWire();
    const model = new OpenAIChatCompletionsModel(wire.client, 'local');
    // The frames of this answer, counted on a clean stream, so the reset can fall right before `[DONE]`.
    wire.emulator.script({ text: 'All done.' });
    const clean = await fetch(`${wire.emulator.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'local',
        messages: [],
        stream: true,
        stream_options: { include_usage: true },
      }),
    });
    const frames = (await clean.text()).split('\n\n').filter(Boolean);
    expect(frames.at(-1)).toBe('data: [DONE]');

    wire.emulator.script({ text: 'All done.' });
    wire.emulator.fault({ kind: 'reset', afterEvents: frames.length - 1 });
    const collected = await collectStream(
      model.getStreamedResponse(modelRequest()),
    );
    expect(collected.text).toBe('All done.');
    expect(collected.done).toHaveLength(1);
    expect(collected.done[0]!.usage.totalTokens).toBeGreaterThan(0);
  });

  it('turns a stream error event into ModelRequestError with the provider code', async () => {
    const wire = await startWire({
      faults: [{ kind: 'stream_error', code: 'server_error' }],
    });
    const result = await wire.runner.run(new Agent({ name: 'A' }), 'hello', {
      stream: true,
    });
    const error = await drain(result).catch((caught: unknown) => caught);
    expect(ModelRequestError.isInstance(error)).toBe(true);
    expect((error as ModelRequestError).code).toBe('server_error');
  });

  it('sends malformed tool arguments back to the model and lets it retry the call', async () => {
    const wire = await startWire({ faults: [{ kind: 'malformed_arguments' }] });
    const result = await wire.runner.run(
      new Agent({ name: 'A', tools: [echo] }),
      'echo hello',
    );
    const outputs = result.newItems.filter(
      (item) => item.type === 'tool_call_output_item',
    );
    expect(String(outputs[0]!.rawItem.output)).toMatch(/not valid JSON/);
    expect(result.finalOutput).toBeTruthy();
  });

  it('answers a call to an unknown tool with an error output and continues', async () => {
    const wire = await startWire({
      faults: [{ kind: 'unknown_tool', name: 'delete_everything' }],
    });
    const result = await wire.runner.run(
      new Agent({ name: 'A', tools: [echo] }),
      'hello',
    );
    const second = responsesBodies(wire.emulator)[1]!.input as Array<{
      type: string;
      output?: string;
    }>;
    expect(second.at(-1)).toMatchObject({
      type: 'function_call_output',
      output: expect.stringContaining(
        'Tool "delete_everything" does not exist',
      ),
    });
    expect(result.finalOutput).toBeTruthy();
  });

  it('aborts a slow first byte through the run signal with RunAbortedError', async () => {
    const wire = await startWire({
      faults: [{ kind: 'slow_first_byte', delayMs: 5_000 }],
    });
    const started = Date.now();
    const error = await wire.runner
      .run(new Agent({ name: 'A' }), 'hello', {
        signal: AbortSignal.timeout(50),
      })
      .catch((caught: unknown) => caught);
    expect(RunAbortedError.isInstance(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(4_000);
  });
});

describe('aborting mid-stream', () => {
  const LONG_TEXT = Array.from(
    { length: 120 },
    (_, index) => `word${index}`,
  ).join(' ');

  /** Streams LONG_TEXT through a TCP relay; `stop` ends the run mid-stream. Returns bytes sent vs a full stream. */
  async function streamThroughRelay(
    stop: (result: { cancel(): void }, controller: AbortController) => void,
  ) {
    const wire = await startWire({ chunkDelayMs: 5 });
    const watch = await watchSockets(wire.emulator.url);
    const { OpenAI, Runner, OpenAIProvider } = await loadWire();
    const client = new OpenAI({
      baseURL: watch.url,
      apiKey: 'test',
      maxRetries: 0,
    });
    const runner = new Runner({
      modelProvider: new OpenAIProvider({ openAIClient: client }),
    });

    wire.emulator.script({ text: LONG_TEXT });
    const full = await runner.run(new Agent({ name: 'A' }), 'talk', {
      stream: true,
    });
    for await (const _event of full);
    await watch.allClosed();
    const fullBytes = watch.bytesFromServer;

    wire.emulator.script({ text: LONG_TEXT });
    const controller = new AbortController();
    const result = await runner.run(new Agent({ name: 'A' }), 'talk', {
      stream: true,
      signal: controller.signal,
    });
    let error: unknown;
    try {
      for await (const event of result) {
        if (
          event.type === 'raw_model_stream_event' &&
          event.data.type === 'output_text_delta'
        ) {
          stop(result, controller);
          if (result.cancelled) break;
        }
      }
    } catch (caught) {
      error = caught;
    }
    const completed = await result.completed.then(
      () => 'resolved',
      (caught: unknown) => caught,
    );
    await watch.allClosed();
    const abortedBytes = watch.bytesFromServer - fullBytes;
    await watch.close();
    return { result, error, completed, fullBytes, abortedBytes };
  }

  it('closes the HTTP connection as soon as the consumer leaves the loop', async () => {
    const outcome = await streamThroughRelay((result) => result.cancel());
    expect(outcome.result.cancelled).toBe(true);
    expect(outcome.completed).toBe('resolved');
    expect(outcome.error).toBeUndefined();
    // The connection closed early: far less than the whole stream went over the wire.
    expect(outcome.abortedBytes).toBeLessThan(outcome.fullBytes / 2);
  });

  it('closes the connection and rejects with RunAbortedError when the signal aborts mid-stream', async () => {
    const outcome = await streamThroughRelay((_result, controller) =>
      controller.abort(),
    );
    expect(RunAbortedError.isInstance(outcome.error)).toBe(true);
    expect(outcome.completed).toBe(outcome.error);
    expect((outcome.error as RunAbortedError).state?.currentTurn).toBe(1);
    expect(outcome.abortedBytes).toBeLessThan(outcome.fullBytes / 2);
  });
});

async function loadWire() {
  const [{ default: OpenAI }, core, openai] = await Promise.all([
    import('openai'),
    import('@baton/core'),
    import('@baton/openai'),
  ]);
  return { OpenAI, Runner: core.Runner, OpenAIProvider: openai.OpenAIProvider };
}
