import { describe, expect, it } from 'vitest';
import { UserError, type ModelRequest } from '@baton/core';
import { toChatRequest } from './to-chat-request.js';

function request(overrides: Partial<ModelRequest> = {}): ModelRequest {
  return {
    input: [{ role: 'user', content: 'hi' }],
    modelSettings: {},
    tools: [],
    outputFormat: { type: 'text' },
    ...overrides,
  };
}

describe('toChatRequest', () => {
  it('maps tools, tool choice, output format and settings to Chat Completions fields', () => {
    const parameters = {
      type: 'object' as const,
      properties: {},
      additionalProperties: false,
    };
    const body = toChatRequest(
      request({
        systemInstructions: 'Be brief.',
        tools: [
          {
            type: 'function',
            name: 'transfer_to_billing',
            description: 'Hand off',
            parameters,
            strict: true,
          },
        ],
        outputFormat: {
          type: 'json_schema',
          name: 'answer',
          strict: true,
          schema: parameters,
        },
        modelSettings: {
          toolChoice: 'transfer_to_billing',
          parallelToolCalls: true,
          temperature: 0,
          topP: 1,
          frequencyPenalty: 0.1,
          presencePenalty: 0.2,
          maxTokens: 50,
          reasoning: { effort: 'low', summary: 'auto' },
          text: { verbosity: 'high' },
          truncation: 'auto',
          include: ['reasoning.encrypted_content'],
          providerData: { seed: 7 },
        },
      }),
      'llama3.2',
    );
    expect(body).toEqual({
      model: 'llama3.2',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'hi' },
      ],
      tools: [
        {
          type: 'function',
          function: {
            name: 'transfer_to_billing',
            description: 'Hand off',
            parameters,
            strict: true,
          },
        },
      ],
      tool_choice: {
        type: 'function',
        function: { name: 'transfer_to_billing' },
      },
      parallel_tool_calls: true,
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'answer', schema: parameters, strict: true },
      },
      temperature: 0,
      top_p: 1,
      frequency_penalty: 0.1,
      presence_penalty: 0.2,
      max_tokens: 50,
      reasoning_effort: 'low',
      verbosity: 'high',
      seed: 7,
    });
  });

  it('rejects hosted tools, previousResponseId and conversationId with a UserError', () => {
    const hosted = request({
      tools: [
        {
          type: 'hosted_tool',
          name: 'web_search',
          providerData: { type: 'web_search' },
        },
      ],
    });
    expect(() => toChatRequest(hosted, 'm')).toThrowError(UserError);
    expect(() =>
      toChatRequest(request({ previousResponseId: 'resp_1' }), 'm'),
    ).toThrowError(/Responses API/);
    expect(() =>
      toChatRequest(request({ conversationId: 'conv_1' }), 'm'),
    ).toThrowError(/`conversationId` needs the Responses API/);
  });

  it('rejects a prompt template with a UserError that names the Responses API and instructions', () => {
    const prompted = request({ prompt: { promptId: 'pmpt_1' } });
    expect(() => toChatRequest(prompted, 'm')).toThrowError(UserError);
    expect(() => toChatRequest(prompted, 'm')).toThrowError(
      /pmpt_1.*Responses API.*instructions/s,
    );
  });
});
