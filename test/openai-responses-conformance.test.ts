import { describe, expect, it } from 'vitest';
import type { AgentInputItem, ModelRequest, ToolDefinition } from '@baton/core';
import { OpenAIResponsesModel } from '@baton/openai';
import {
  codeInterpreterTool,
  fileSearchTool,
  imageGenerationTool,
  webSearchTool,
} from '@baton/tools';
import { collectStream } from './support/collect-stream.js';
import { emulatedModel } from './support/emulated-model.js';
import { modelRequest } from './support/model-request.js';
import { openAPIValidator } from './support/openapi-validator.js';
import {
  cityParameters,
  contentToolOutputHistory,
  getWeather,
  requestCases,
  transferToBilling,
} from './support/request-cases.js';

const webSearch: ToolDefinition = {
  type: 'hosted_tool',
  name: 'web_search',
  providerData: { type: 'web_search' },
};
const fileSearch: ToolDefinition = {
  type: 'hosted_tool',
  name: 'file_search',
  providerData: {
    type: 'file_search',
    vector_store_ids: ['vs_123'],
    max_num_results: 4,
  },
};

// A history as the Responses API returns it (ids, statuses, annotations and logprobs included), then sent back.
const history: AgentInputItem[] = [
  {
    type: 'message',
    role: 'user',
    content: [{ type: 'input_text', text: 'Weather in Paris?' }],
  },
  {
    type: 'reasoning',
    id: 'rs_1',
    summary: [{ type: 'summary_text', text: 'Use the tool.' }],
    encrypted_content: 'gAAA',
  },
  {
    type: 'function_call',
    id: 'fc_1',
    call_id: 'call_1',
    name: 'get_weather',
    arguments: '{"city":"Paris"}',
    status: 'completed',
  },
  { type: 'function_call_output', call_id: 'call_1', output: 'Sunny, 21°C' },
  {
    type: 'message',
    id: 'msg_1',
    role: 'assistant',
    status: 'completed',
    content: [
      {
        type: 'output_text',
        text: 'It is sunny.',
        annotations: [],
        logprobs: [],
      },
    ],
  },
  { role: 'user', content: 'And tomorrow?' },
];

const cases: Array<[string, ModelRequest]> = [
  ...requestCases,
  [
    'instructions and a history with reasoning, calls and outputs',
    modelRequest({ systemInstructions: 'Be brief.', input: history }),
  ],
  [
    'a tool choice naming a function',
    modelRequest({
      tools: [getWeather, transferToBilling],
      modelSettings: { toolChoice: 'get_weather' },
    }),
  ],
  [
    'hosted tools with a hosted tool choice',
    modelRequest({
      tools: [webSearch, fileSearch, getWeather],
      modelSettings: { toolChoice: 'file_search' },
    }),
  ],
  [
    'the hosted tools of @baton/tools, every option set, with their include entries',
    modelRequest({
      tools: [
        webSearchTool({
          userLocation: { type: 'approximate', country: 'GB', city: 'London' },
          filters: { allowedDomains: ['example.org'] },
          searchContextSize: 'high',
          externalWebAccess: true,
          includeSources: true,
        }),
        fileSearchTool(['vs_1', 'vs_2'], {
          maxNumResults: 5,
          includeSearchResults: true,
          rankingOptions: { ranker: 'auto', score_threshold: 0.2 },
          filters: {
            type: 'and',
            filters: [
              { type: 'eq', key: 'team', value: 'support' },
              { type: 'gte', key: 'year', value: 2024 },
            ],
          },
        }),
        codeInterpreterTool({
          container: { type: 'auto', file_ids: ['file_1'] },
          includeOutputs: true,
        }),
        imageGenerationTool({
          background: 'transparent',
          model: 'gpt-image-1',
          moderation: 'low',
          outputCompression: 80,
          outputFormat: 'webp',
          partialImages: 2,
          quality: 'high',
          size: '1024x1536',
        }),
      ],
      modelSettings: { toolChoice: 'web_search' },
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
        presencePenalty: 0.5,
        maxTokens: 256,
        toolChoice: 'auto',
        parallelToolCalls: true,
        reasoning: { effort: 'low', summary: 'detailed' },
        text: { verbosity: 'high' },
        store: false,
        truncation: 'auto',
        promptCacheKey: 'baton-conformance',
        include: [
          'reasoning.encrypted_content',
          'web_search_call.action.sources',
        ],
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
              detail: 'low',
            },
            { type: 'input_image', file_id: 'file_img', detail: 'auto' },
            { type: 'input_file', file_id: 'file_pdf' },
          ],
        },
      ],
    }),
  ],
  [
    'tool outputs with text, images and files',
    modelRequest({
      input: contentToolOutputHistory([
        { type: 'input_image', file_id: 'file_img' },
        { type: 'input_file', file_url: 'https://example.com/sales.pdf' },
        { type: 'input_file', file_id: 'file_pdf' },
      ]),
    }),
  ],
  [
    'a previous_response_id',
    modelRequest({
      previousResponseId: 'resp_abc',
      modelSettings: { store: true },
    }),
  ],
  [
    'providerData merged into the body',
    modelRequest({
      modelSettings: {
        temperature: 1,
        providerData: {
          service_tier: 'flex',
          user: 'user-1',
          top_logprobs: 2,
          temperature: 0.1,
        },
      },
    }),
  ],
];

describe('OpenAIResponsesModel request bodies', () => {
  const wire = emulatedModel(
    (client) => new OpenAIResponsesModel(client, 'gpt-4.1'),
  );
  const validator = openAPIValidator();

  it.each(cases)(
    'sends a body valid against CreateResponse without streaming: %s',
    async (_name, request) => {
      wire.emulator.script({ text: 'ok' });
      const response = await wire.model.getResponse(request);
      expect(response.output.length).toBeGreaterThan(0);
      const [sent] = wire.emulator.requests;
      expect(sent?.path).toBe('/v1/responses');
      expect(validator.validateRequest('CreateResponse', sent?.body)).toEqual(
        [],
      );
      expect(sent?.body).toMatchObject({ model: 'gpt-4.1', stream: false });
    },
  );

  it.each(cases)(
    'sends a body valid against CreateResponse when streaming: %s',
    async (_name, request) => {
      wire.emulator.script({ text: 'ok' });
      const collected = await collectStream(
        wire.model.getStreamedResponse(request),
      );
      expect(collected.done).toHaveLength(1);
      const [sent] = wire.emulator.requests;
      expect(validator.validateRequest('CreateResponse', sent?.body)).toEqual(
        [],
      );
      expect(sent?.body).toMatchObject({ model: 'gpt-4.1', stream: true });
    },
  );

  it('sends the fields each setting maps to', async () => {
    wire.emulator.script({ text: 'ok' });
    await wire.model.getResponse(
      cases.find(([name]) => name === 'every model setting')![1],
    );
    expect(wire.emulator.requests[0]?.body).toEqual({
      model: 'gpt-4.1',
      input: [{ role: 'user', content: 'Hello' }],
      tools: [
        {
          type: 'function',
          name: 'get_weather',
          description: 'Current weather for a city.',
          parameters: cityParameters,
          strict: true,
        },
      ],
      tool_choice: 'auto',
      parallel_tool_calls: true,
      text: { verbosity: 'high' },
      reasoning: { effort: 'low', summary: 'detailed' },
      temperature: 0.3,
      top_p: 0.8,
      max_output_tokens: 256,
      store: false,
      truncation: 'auto',
      prompt_cache_key: 'baton-conformance',
      include: [
        'reasoning.encrypted_content',
        'web_search_call.action.sources',
      ],
      metadata: { suite: 'conformance' },
      stream: false,
    });
  });

  it('sends hosted tools as their providerData and names the hosted tool choice by type', async () => {
    wire.emulator.script({ text: 'ok' });
    await wire.model.getResponse(
      cases.find(([name]) => name.startsWith('hosted tools'))![1],
    );
    expect(wire.emulator.requests[0]?.body).toMatchObject({
      tools: [
        { type: 'web_search' },
        {
          type: 'file_search',
          vector_store_ids: ['vs_123'],
          max_num_results: 4,
        },
        { name: 'get_weather' },
      ],
      tool_choice: { type: 'file_search' },
    });
  });

  it('reports a top-level field the API does not define, so the check is not vacuous', async () => {
    wire.emulator.script({ text: 'ok' });
    await wire.model.getResponse(
      modelRequest({
        modelSettings: { providerData: { not_a_parameter: true } },
      }),
    );
    const violations = validator.validateRequest(
      'CreateResponse',
      wire.emulator.requests[0]?.body,
    );
    expect(violations).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('not_a_parameter'),
      }),
    ]);
  });
});
