import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Agent, run, tool, type ModelRequest } from '@baton/core';
import {
  InvalidScriptedModelStepError,
  ScriptedModel,
  ScriptedModelRequestAbortedError,
  UnconsumedModelStepsError,
  UnexpectedModelCallError,
  assistantMessage,
  functionCall,
  modelError,
  modelResponder,
  modelResponse,
  modelStream,
} from './index.js';

const getWeather = tool({
  name: 'get_weather',
  description: 'Weather for a city',
  parameters: z.object({ city: z.string() }),
  execute: ({ city }) => `Sunny in ${city}`,
});

const request = (signal?: AbortSignal): ModelRequest => ({
  input: [],
  modelSettings: {},
  tools: [],
  outputFormat: { type: 'text' },
  ...(signal ? { signal } : {}),
});

describe('ScriptedModel of @baton/agents/testing', () => {
  it('plays an SDK-style script through a run and records each call', async () => {
    const model = new ScriptedModel([
      [functionCall('get_weather', { city: 'Oslo' }, { callId: 'call_1' })],
      modelResponder((call) => [
        assistantMessage(`Calls so far: ${call.index + 1}`),
      ]),
    ]);
    const result = await run(
      new Agent({ name: 'A', model, tools: [getWeather] }),
      'Weather in Oslo?',
    );
    expect(result.finalOutput).toBe('Calls so far: 2');
    model.assertComplete();
    expect(model.calls.map((call) => call.streamed)).toEqual([false, false]);
    expect(model.lastCall!.request.input.at(-1)).toEqual({
      type: 'function_call_output',
      call_id: 'call_1',
      output: 'Sunny in Oslo',
    });
  });

  it('builds canonical items the way the SDK builders are called', () => {
    expect(
      functionCall('f', { a: 1 }, { callId: 'call_9', providerData: { x: 1 } }),
    ).toEqual({
      type: 'function_call',
      call_id: 'call_9',
      id: 'call_9',
      name: 'f',
      arguments: '{"a":1}',
      status: 'completed',
      x: 1,
    });
    expect(assistantMessage('hi', { phase: 'final_answer' })).toMatchObject({
      type: 'message',
      role: 'assistant',
      phase: 'final_answer',
      content: [{ type: 'output_text', text: 'hi' }],
    });
  });

  it('converts SDK-shaped output and stream events, and streams them in a streamed run', async () => {
    const model = new ScriptedModel([
      modelStream([
        { type: 'response_started' },
        { type: 'output_text_delta', delta: 'Hel' },
        { type: 'output_text_delta', delta: 'lo' },
        {
          type: 'response_done',
          response: {
            id: 'resp_1',
            usage: { inputTokens: 3, outputTokens: 2, totalTokens: 5 },
            output: [
              {
                type: 'message',
                role: 'assistant',
                status: 'completed',
                content: [{ type: 'output_text', text: 'Hello' }],
              },
            ],
          },
        },
      ]),
    ]);
    const result = await run(new Agent({ name: 'A', model }), 'hi', {
      stream: true,
    });
    let text = '';
    for await (const event of result) {
      if (
        event.type === 'raw_model_stream_event' &&
        event.data.type === 'output_text_delta'
      )
        text += event.data.delta;
    }
    await result.completed;
    expect([text, result.finalOutput, result.usage.totalTokens]).toEqual([
      'Hello',
      'Hello',
      5,
    ]);
    expect(model.calls[0]!.streamed).toBe(true);
  });

  it('gives a bare output list a deterministic response id and zero usage', async () => {
    const model = new ScriptedModel([modelResponse([assistantMessage('x')])]);
    const response = await model.getResponse(request());
    expect(response.responseId).toBe('scripted-response-1');
    expect(response.usage.totalTokens).toBe(0);
  });

  it('throws the SDK errors for a missing, a left-over, an invalid and a mismatched step', async () => {
    const model = new ScriptedModel([modelStream([])]);
    await expect(model.getResponse(request())).rejects.toBeInstanceOf(
      InvalidScriptedModelStepError,
    );
    await expect(model.getResponse(request())).rejects.toBeInstanceOf(
      UnexpectedModelCallError,
    );
    model.enqueue([assistantMessage('unused')]);
    expect(() => model.assertComplete()).toThrow(UnconsumedModelStepsError);
    expect(() => new ScriptedModel([{ type: 'nope' } as never])).toThrow(
      /unknown type "nope"/,
    );
  });

  it('fails scripted errors, and gives the retry advice scripted with them', async () => {
    const failure = new Error('rate limited');
    const model = new ScriptedModel([
      modelError(failure, { suggested: true, retryAfterMs: 5 }),
      modelError('plain'),
    ]);
    await expect(model.getResponse(request())).rejects.toBe(failure);
    await expect(model.getResponse(request())).rejects.toBe('plain');
    const asked = { request: request(), stream: false, attempt: 1 };
    expect(model.getRetryAdvice({ ...asked, error: failure })).toEqual({
      suggested: true,
      retryAfterMs: 5,
    });
    expect(model.getRetryAdvice({ ...asked, error: 'plain' })).toBeUndefined();
    expect(() => modelError('text', { suggested: true })).toThrow(
      InvalidScriptedModelStepError,
    );
  });

  it('rejects an aborted call with ScriptedModelRequestAbortedError', async () => {
    const model = new ScriptedModel([[assistantMessage('x')]]);
    const controller = new AbortController();
    controller.abort();
    await expect(
      model.getResponse(request(controller.signal)),
    ).rejects.toBeInstanceOf(ScriptedModelRequestAbortedError);
  });
});
