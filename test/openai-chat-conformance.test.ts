import { describe, expect, it } from 'vitest';
import type { AgentInputItem, ModelRequest } from '@baton/core';
import { OpenAIChatCompletionsModel } from '@baton/openai';
import { collectStream } from './support/collect-stream.js';
import { emulatedModel } from './support/emulated-model.js';
import { modelRequest } from './support/model-request.js';
import { openAPIValidator } from './support/openapi-validator.js';
import {
  contentToolOutputHistory,
  getWeather,
  requestCases,
  transferToBilling,
} from './support/request-cases.js';

// A history with everything a Chat model can be sent back: text, reasoning (dropped), grouped calls, outputs.
const history: AgentInputItem[] = [
  { role: 'developer', content: 'Answer in English.' },
  {
    type: 'message',
    role: 'user',
    content: [{ type: 'input_text', text: 'Weather in Paris and Rome?' }],
  },
  {
    type: 'reasoning',
    summary: [],
    content: [{ type: 'reasoning_text', text: 'Two calls.' }],
  },
  {
    type: 'message',
    role: 'assistant',
    content: [{ type: 'output_text', text: 'Checking both.' }],
  },
  {
    type: 'function_call',
    call_id: 'call_1',
    name: 'get_weather',
    arguments: '{"city":"Paris"}',
  },
  {
    type: 'function_call',
    call_id: 'call_2',
    name: 'get_weather',
    arguments: '{"city":"Rome"}',
  },
  { type: 'function_call_output', call_id: 'call_1', output: 'Sunny' },
  {
    type: 'function_call_output',
    call_id: 'call_2',
    output: [{ type: 'input_text', text: 'Rain' }],
  },
  {
    type: 'message',
    role: 'assistant',
    content: [{ type: 'refusal', refusal: 'I cannot forecast further.' }],
  },
  { role: 'user', content: 'Thanks.' },
];

const cases: Array<[string, ModelRequest]> = [
  ...requestCases,
  [
    'instructions and a history with grouped calls and outputs',
    modelRequest({ systemInstructions: 'Be brief.', input: history }),
  ],
  [
    'a tool choice naming the handoff',
    modelRequest({
      tools: [getWeather, transferToBilling],
      modelSettings: { toolChoice: 'transfer_to_Billing_agent' },
    }),
  ],
  [
    'every model setting',
    modelRequest({
      tools: [getWeather],
      modelSettings: {
        temperature: 0.3,
        topP: 0.8,
        frequencyPenalty: 0.5,
        presencePenalty: -0.5,
        maxTokens: 256,
        toolChoice: 'none',
        parallelToolCalls: true,
        reasoning: { effort: 'medium', summary: 'auto' },
        text: { verbosity: 'low' },
        store: true,
        truncation: 'auto',
        promptCacheKey: 'baton-conformance',
        include: ['reasoning.encrypted_content'],
        metadata: { suite: 'conformance' },
      },
    }),
  ],
  [
    'images and files',
    modelRequest({
      input: [
        {
          role: 'user',
          content: [
            { type: 'input_text', text: 'Compare these.' },
            {
              type: 'input_image',
              image_url: 'https://example.com/a.png',
              detail: 'high',
            },
            {
              type: 'input_image',
              image_url: 'data:image/png;base64,iVBORw0KGgo=',
            },
            { type: 'input_file', file_id: 'file_pdf' },
          ],
        },
      ],
    }),
  ],
  [
    'tool outputs with text, images and files',
    modelRequest({ input: contentToolOutputHistory() }),
  ],
  [
    'providerData merged into the body',
    modelRequest({
      modelSettings: {
        providerData: { seed: 7, user: 'user-1', service_tier: 'auto' },
      },
    }),
  ],
];

describe('OpenAIChatCompletionsModel request bodies', () => {
  const wire = emulatedModel(
    (client) => new OpenAIChatCompletionsModel(client, 'gpt-4.1'),
  );
  const validator = openAPIValidator();

  it.each(cases)(
    'sends a body valid against CreateChatCompletionRequest without streaming: %s',
    async (_name, request) => {
      wire.emulator.script({ text: 'ok' });
      const response = await wire.model.getResponse(request);
      expect(response.output.length).toBeGreaterThan(0);
      const [sent] = wire.emulator.requests;
      expect(sent?.path).toBe('/v1/chat/completions');
      expect(
        validator.validateRequest('CreateChatCompletionRequest', sent?.body),
      ).toEqual([]);
    },
  );

  it.each(cases)(
    'sends a body valid against CreateChatCompletionRequest when streaming: %s',
    async (_name, request) => {
      wire.emulator.script({ text: 'ok' });
      const collected = await collectStream(
        wire.model.getStreamedResponse(request),
      );
      expect(collected.done).toHaveLength(1);
      const [sent] = wire.emulator.requests;
      expect(
        validator.validateRequest('CreateChatCompletionRequest', sent?.body),
      ).toEqual([]);
      expect(sent?.body).toMatchObject({
        stream: true,
        stream_options: { include_usage: true },
      });
    },
  );

  it('sends history as system, developer, user, grouped assistant and tool messages', async () => {
    wire.emulator.script({ text: 'ok' });
    await wire.model.getResponse(
      cases.find(([name]) => name.startsWith('instructions and a history'))![1],
    );
    expect(
      (wire.emulator.requests[0]?.body as { messages: unknown[] }).messages,
    ).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'developer', content: 'Answer in English.' },
      {
        role: 'user',
        content: [{ type: 'text', text: 'Weather in Paris and Rome?' }],
      },
      {
        role: 'assistant',
        content: 'Checking both.',
        tool_calls: [
          {
            id: 'call_1',
            type: 'function',
            function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
          },
          {
            id: 'call_2',
            type: 'function',
            function: { name: 'get_weather', arguments: '{"city":"Rome"}' },
          },
        ],
      },
      { role: 'tool', tool_call_id: 'call_1', content: 'Sunny' },
      {
        role: 'tool',
        tool_call_id: 'call_2',
        content: [{ type: 'text', text: 'Rain' }],
      },
      { role: 'assistant', refusal: 'I cannot forecast further.' },
      { role: 'user', content: 'Thanks.' },
    ]);
  });

  it('turns scripted tool calls into function_call items whose call_id is the tool call id', async () => {
    wire.emulator.script({
      toolCalls: [
        { name: 'get_weather', arguments: { city: 'Oslo' }, callId: 'call_x' },
      ],
    });
    const response = await wire.model.getResponse(
      modelRequest({ tools: [getWeather] }),
    );
    expect(response.output).toEqual([
      {
        type: 'function_call',
        call_id: 'call_x',
        name: 'get_weather',
        arguments: '{"city":"Oslo"}',
        status: 'completed',
      },
    ]);
  });

  it('reports a top-level field the API does not define, so the check is not vacuous', async () => {
    wire.emulator.script({ text: 'ok' });
    await wire.model.getResponse(
      modelRequest({
        modelSettings: {
          truncation: 'auto',
          providerData: { previous_response_id: 'resp_1' },
        },
      }),
    );
    const violations = validator.validateRequest(
      'CreateChatCompletionRequest',
      wire.emulator.requests[0]?.body,
    );
    expect(violations).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('previous_response_id'),
      }),
    ]);
  });
});
