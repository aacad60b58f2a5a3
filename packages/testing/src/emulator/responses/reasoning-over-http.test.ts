import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { emulatorPerTest } from '../../../test/support/emulator-per-test.js';

const wire = emulatorPerTest();

const weatherTool: OpenAI.Responses.FunctionTool = {
  type: 'function',
  name: 'get_weather',
  description: 'Weather for a city',
  parameters: {
    type: 'object',
    properties: { city: { type: 'string' } },
    required: ['city'],
    additionalProperties: false,
  },
  strict: true,
};

describe('reasoning on the Responses endpoint', () => {
  it('streams a reasoning item with its summary in the live event order when the request asks for a summary', async () => {
    const stream = await wire.client.responses.create({
      model: 'gpt-5',
      input: 'Hi',
      reasoning: { effort: 'low', summary: 'auto' },
      stream: true,
    });
    const types: string[] = [];
    let done: OpenAI.Responses.Response | undefined;
    for await (const event of stream) {
      types.push(event.type);
      if (event.type === 'response.completed') done = event.response;
    }
    expect(types).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.reasoning_summary_part.added',
      ...types.filter(
        (type) => type === 'response.reasoning_summary_text.delta',
      ),
      'response.reasoning_summary_text.done',
      'response.reasoning_summary_part.done',
      'response.output_item.done',
      'response.output_item.added',
      'response.content_part.added',
      ...types.filter((type) => type === 'response.output_text.delta'),
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(done?.output.map((item) => item.type)).toEqual([
      'reasoning',
      'message',
    ]);
    expect(done?.reasoning).toMatchObject({ effort: 'low', summary: 'auto' });
  });

  it('emits no reasoning item when the request asks for no summary', async () => {
    const response = await wire.client.responses.create({
      model: 'gpt-5',
      input: 'Hi',
      reasoning: { effort: 'low' },
    });
    expect(response.output.map((item) => item.type)).toEqual(['message']);
  });

  it('accepts reasoning sent back with its following item, and answers 400 without it', async () => {
    const first = await wire.client.responses.create({
      model: 'gpt-5',
      input: 'Weather in Paris?',
      tools: [weatherTool],
      reasoning: { summary: 'auto' },
    });
    const [reasoning, call] = first.output;
    expect(reasoning?.type).toBe('reasoning');
    expect(call?.type).toBe('function_call');
    const callId = (call as OpenAI.Responses.ResponseFunctionToolCall).call_id;
    const result = {
      type: 'function_call_output' as const,
      call_id: callId,
      output: 'Sunny',
    };
    const input = [
      { role: 'user' as const, content: 'Weather in Paris?' },
      ...(first.output as OpenAI.Responses.ResponseInputItem[]),
      result,
    ];
    const second = await wire.client.responses.create({
      model: 'gpt-5',
      input,
      tools: [weatherTool],
    });
    expect(second.status).toBe('completed');

    const error = await wire.client.responses
      .create({
        model: 'gpt-5',
        input: [
          input[0]!,
          reasoning as OpenAI.Responses.ResponseInputItem,
          result,
        ],
        tools: [weatherTool],
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(
      (error as InstanceType<typeof OpenAI.BadRequestError>).error,
    ).toEqual({
      message: `Item '${reasoning?.id}' of type 'reasoning' was provided without its required following item.`,
      type: 'invalid_request_error',
      param: 'input',
      code: null,
    });
  });
});
