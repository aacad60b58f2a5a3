import { describe, expect, it } from 'vitest';
import type { ModelRequest, ToolDefinition } from '@baton/core';
import { toResponsesRequest, toResponsesToolChoice } from './to-request.js';

const weather: ToolDefinition = {
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
const webSearch: ToolDefinition = {
  type: 'hosted_tool',
  name: 'web_search',
  providerData: { type: 'web_search' },
};

function request(overrides: Partial<ModelRequest> = {}): ModelRequest {
  return {
    input: [{ role: 'user', content: 'hi' }],
    modelSettings: {},
    tools: [],
    outputFormat: { type: 'text' },
    ...overrides,
  };
}

describe('toResponsesRequest', () => {
  it('sends only model and input when nothing else is set', () => {
    expect(toResponsesRequest(request(), 'gpt-4.1')).toEqual({
      model: 'gpt-4.1',
      input: [{ role: 'user', content: 'hi' }],
    });
  });

  it('sends a prompt template as { id, version, variables }, filling in the detail of image variables', () => {
    const body = toResponsesRequest(
      request({
        prompt: {
          promptId: 'pmpt_1',
          version: '2',
          variables: {
            city: 'Paris',
            note: { type: 'input_text', text: 'Be brief.' },
            photo: { type: 'input_image', image_url: 'https://e.com/a.png' },
            report: { type: 'input_file', file_id: 'file_1' },
          },
        },
      }),
      'm',
    );
    expect(body.prompt).toEqual({
      id: 'pmpt_1',
      version: '2',
      variables: {
        city: 'Paris',
        note: { type: 'input_text', text: 'Be brief.' },
        photo: {
          type: 'input_image',
          image_url: 'https://e.com/a.png',
          detail: 'auto',
        },
        report: { type: 'input_file', file_id: 'file_1' },
      },
    });
    expect(
      toResponsesRequest(request({ prompt: { promptId: 'pmpt_1' } }), 'm')
        .prompt,
    ).toEqual({ id: 'pmpt_1' });
  });

  it('leaves blank instructions out, so they cannot replace a prompt template', () => {
    const body = toResponsesRequest(
      request({ systemInstructions: '  ', prompt: { promptId: 'pmpt_1' } }),
      'm',
    );
    expect(body).not.toHaveProperty('instructions');
  });

  it('passes items through untouched, unknown types and fields included', () => {
    const input = [
      {
        type: 'message',
        role: 'user',
        content: [{ type: 'input_text', text: 'a' }],
        extra_field: 1,
      },
      { type: 'item_reference', id: 'msg_1' },
    ];
    const body = toResponsesRequest(request({ input }), 'm');
    expect(body.input).toBe(input);
  });

  it('sends function tools spelled out and hosted tools as their providerData', () => {
    const body = toResponsesRequest(
      request({ tools: [weather, webSearch] }),
      'm',
    );
    expect(body.tools).toEqual([
      {
        type: 'function',
        name: 'get_weather',
        description: 'Weather for a city',
        parameters: weather.parameters,
        strict: true,
      },
      { type: 'web_search' },
    ]);
  });

  it("adds the include entries hosted tools need to the settings' own, each once", () => {
    const fileSearch: ToolDefinition = {
      type: 'hosted_tool',
      name: 'file_search',
      providerData: { type: 'file_search', vector_store_ids: ['vs_1'] },
      include: ['file_search_call.results'],
    };
    const body = toResponsesRequest(
      request({
        tools: [fileSearch, { ...fileSearch, name: 'other_search' }],
        modelSettings: { include: ['reasoning.encrypted_content'] },
      }),
      'm',
    );
    expect(body.include).toEqual([
      'reasoning.encrypted_content',
      'file_search_call.results',
    ]);
    expect(body.tools).toEqual([
      { type: 'file_search', vector_store_ids: ['vs_1'] },
      { type: 'file_search', vector_store_ids: ['vs_1'] },
    ]);
  });

  it('leaves include out when neither the settings nor the tools ask for any', () => {
    const body = toResponsesRequest(request({ tools: [webSearch] }), 'm');
    expect(body).not.toHaveProperty('include');
  });

  it('maps every setting to its wire field and spreads providerData last', () => {
    const body = toResponsesRequest(
      request({
        systemInstructions: 'Be brief.',
        tools: [weather],
        previousResponseId: 'resp_1',
        outputFormat: {
          type: 'json_schema',
          name: 'out',
          strict: true,
          schema: { type: 'object', properties: {} },
        },
        modelSettings: {
          temperature: 0.2,
          topP: 0.9,
          maxTokens: 100,
          toolChoice: 'get_weather',
          parallelToolCalls: false,
          reasoning: { effort: 'low', summary: 'auto' },
          text: { verbosity: 'low' },
          store: false,
          truncation: 'auto',
          promptCacheKey: 'k',
          include: ['reasoning.encrypted_content'],
          metadata: { run: '1' },
          providerData: { temperature: 0.5, service_tier: 'flex' },
        },
      }),
      'm',
    );
    expect(body).toEqual({
      model: 'm',
      instructions: 'Be brief.',
      input: [{ role: 'user', content: 'hi' }],
      tools: [expect.objectContaining({ name: 'get_weather' })],
      tool_choice: { type: 'function', name: 'get_weather' },
      parallel_tool_calls: false,
      text: {
        format: {
          type: 'json_schema',
          name: 'out',
          schema: { type: 'object', properties: {} },
          strict: true,
        },
        verbosity: 'low',
      },
      reasoning: { effort: 'low', summary: 'auto' },
      temperature: 0.5,
      top_p: 0.9,
      max_output_tokens: 100,
      store: false,
      truncation: 'auto',
      prompt_cache_key: 'k',
      include: ['reasoning.encrypted_content'],
      metadata: { run: '1' },
      previous_response_id: 'resp_1',
      service_tier: 'flex',
    });
  });

  it('leaves parallel_tool_calls out when there are no tools', () => {
    const body = toResponsesRequest(
      request({ modelSettings: { parallelToolCalls: true } }),
      'm',
    );
    expect(body).not.toHaveProperty('parallel_tool_calls');
  });

  it('never sends a key whose value is undefined', () => {
    const body = toResponsesRequest(
      request({
        modelSettings: {
          temperature: undefined,
          reasoning: { effort: undefined },
          text: {},
        },
      }),
      'm',
    );
    expect(Object.keys(body).sort()).toEqual(['input', 'model']);
  });
});

describe('toResponsesToolChoice', () => {
  it('keeps the modes as they are', () => {
    for (const mode of ['auto', 'required', 'none'])
      expect(toResponsesToolChoice(mode, [])).toBe(mode);
  });

  it('names a hosted tool by its type, whether chosen by type or by name', () => {
    const fileSearch: ToolDefinition = {
      type: 'hosted_tool',
      name: 'docs',
      providerData: { type: 'file_search' },
    };
    expect(toResponsesToolChoice('docs', [fileSearch])).toEqual({
      type: 'file_search',
    });
    expect(toResponsesToolChoice('file_search', [fileSearch])).toEqual({
      type: 'file_search',
    });
  });

  it('forces a web search through an allowed-tools list of one, since tool_choice types take only the preview one', () => {
    const news: ToolDefinition = { ...webSearch, name: 'news' };
    const forced = {
      type: 'allowed_tools',
      mode: 'required',
      tools: [{ type: 'web_search' }],
    };
    expect(toResponsesToolChoice('news', [news])).toEqual(forced);
    expect(toResponsesToolChoice('web_search', [])).toEqual(forced);
    expect(toResponsesToolChoice('web_search_preview', [])).toEqual({
      type: 'web_search_preview',
    });
  });

  it('prefers a function tool over a hosted type of the same name', () => {
    const fn: ToolDefinition = {
      ...weather,
      name: 'web_search',
    } as ToolDefinition;
    expect(toResponsesToolChoice('web_search', [fn])).toEqual({
      type: 'function',
      name: 'web_search',
    });
  });

  it('treats an unknown name as a function', () => {
    expect(toResponsesToolChoice('transfer_to_billing', [])).toEqual({
      type: 'function',
      name: 'transfer_to_billing',
    });
  });
});
