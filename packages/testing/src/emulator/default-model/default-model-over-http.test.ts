import { Ajv2020 } from 'ajv/dist/2020.js';
import type OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { emulatorPerTest } from '../../../test/support/emulator-per-test.js';

const ajv = new Ajv2020({ strict: false });

const wire = emulatorPerTest();

const empty = {
  type: 'object',
  properties: {},
  required: [],
  additionalProperties: false,
};
const lookupSchema = {
  type: 'object',
  properties: {
    invoice_id: { type: 'string' },
    include_history: { type: 'boolean' },
    period: { type: 'string', enum: ['month', 'year'] },
    limit: { type: ['integer', 'null'], minimum: 1, maximum: 50 },
  },
  required: ['invoice_id', 'include_history', 'period', 'limit'],
  additionalProperties: false,
};
const triageTools = [
  'transfer_to_billing_agent',
  'transfer_to_technical_support',
];
const question =
  'I was charged twice on my bill for invoice INV-1001 this year';

function responsesTool(
  name: string,
  parameters: Record<string, unknown>,
): OpenAI.Responses.FunctionTool {
  return {
    type: 'function',
    name,
    description: name,
    parameters,
    strict: true,
  };
}

function chatTool(
  name: string,
  parameters: Record<string, unknown>,
): OpenAI.Chat.ChatCompletionTool {
  return {
    type: 'function',
    function: { name, description: name, parameters, strict: true },
  };
}

describe('the default model with no script', () => {
  it('runs triage → specialist tool → answer over the Responses API', async () => {
    const input: OpenAI.Responses.ResponseInputItem[] = [
      { role: 'user', content: question },
    ];
    const triage = await wire.client.responses.create({
      model: 'gpt-4.1',
      instructions: 'Route the user.',
      input,
      tools: triageTools.map((name) => responsesTool(name, empty)),
    });
    const handoff = triage
      .output[0] as OpenAI.Responses.ResponseFunctionToolCall;
    expect(handoff).toMatchObject({
      type: 'function_call',
      name: 'transfer_to_billing_agent',
    });
    input.push(handoff, {
      type: 'function_call_output',
      call_id: handoff.call_id,
      output: '{"assistant":"Billing"}',
    });

    const specialistTools = [
      responsesTool('lookup_invoice', lookupSchema),
      responsesTool('transfer_to_triage', empty),
    ];
    const specialist = await wire.client.responses.create({
      model: 'gpt-4.1',
      input,
      tools: specialistTools,
    });
    const lookup = specialist
      .output[0] as OpenAI.Responses.ResponseFunctionToolCall;
    expect(lookup.name).toBe('lookup_invoice');
    const args = JSON.parse(lookup.arguments) as Record<string, unknown>;
    expect(ajv.validate(lookupSchema, args), JSON.stringify(ajv.errors)).toBe(
      true,
    );
    expect(args).toMatchObject({ invoice_id: 'INV-1001', period: 'year' });
    input.push(lookup, {
      type: 'function_call_output',
      call_id: lookup.call_id,
      output: 'INV-1001 was refunded',
    });

    const answer = await wire.client.responses.create({
      model: 'gpt-4.1',
      input,
      tools: specialistTools,
    });
    expect(answer.output_text).toContain('INV-1001 was refunded');
  });

  it('runs the same flow over Chat Completions', async () => {
    const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [
      { role: 'user', content: question },
    ];
    const triage = await wire.client.chat.completions.create({
      model: 'gpt-4.1',
      messages,
      tools: triageTools.map((name) => chatTool(name, empty)),
    });
    const handoff = triage.choices[0]!.message;
    expect(handoff.tool_calls?.[0]).toMatchObject({
      function: { name: 'transfer_to_billing_agent' },
    });
    messages.push(handoff, {
      role: 'tool',
      tool_call_id: handoff.tool_calls![0]!.id,
      content: 'Billing',
    });

    const tools = [chatTool('lookup_invoice', lookupSchema)];
    const specialist = (
      await wire.client.chat.completions.create({
        model: 'gpt-4.1',
        messages,
        tools,
      })
    ).choices[0]!.message;
    const call = specialist
      .tool_calls![0] as OpenAI.Chat.ChatCompletionMessageFunctionToolCall;
    expect(call.function.name).toBe('lookup_invoice');
    expect(
      ajv.validate(lookupSchema, JSON.parse(call.function.arguments)),
      JSON.stringify(ajv.errors),
    ).toBe(true);
    messages.push(specialist, {
      role: 'tool',
      tool_call_id: call.id,
      content: 'refund issued',
    });

    const answer = await wire.client.chat.completions.create({
      model: 'gpt-4.1',
      messages,
      tools,
    });
    expect(answer.choices[0]?.message.content).toContain('refund issued');
    expect(answer.choices[0]?.finish_reason).toBe('stop');
  });

  it('answers a JSON document valid against a text.format json_schema', async () => {
    const schema = {
      type: 'object',
      properties: {
        title: { type: 'string' },
        rating: { type: 'integer', minimum: 1, maximum: 5 },
        tags: {
          type: 'array',
          items: { type: 'string', enum: ['fun', 'sad'] },
        },
        author: {
          anyOf: [
            { type: 'null' },
            {
              type: 'object',
              properties: { name: { type: 'string' } },
              required: ['name'],
              additionalProperties: false,
            },
          ],
        },
      },
      required: ['title', 'rating', 'tags', 'author'],
      additionalProperties: false,
    };
    const response = await wire.client.responses.create({
      model: 'gpt-4.1',
      input: 'Review the movie Inception, 4 stars, fun',
      text: {
        format: { type: 'json_schema', name: 'review', schema, strict: true },
      },
    });
    const document = JSON.parse(response.output_text) as Record<
      string,
      unknown
    >;
    expect(ajv.validate(schema, document), JSON.stringify(ajv.errors)).toBe(
      true,
    );
    expect(document).toMatchObject({
      title: 'Inception',
      rating: 4,
      tags: ['fun'],
    });
  });

  it('answers a JSON document valid against a Chat response_format json_schema', async () => {
    const schema = {
      type: 'object',
      properties: { city: { type: 'string' }, population: { type: 'number' } },
      required: ['city', 'population'],
      additionalProperties: false,
    };
    const completion = await wire.client.chat.completions.create({
      model: 'gpt-4.1',
      messages: [{ role: 'user', content: 'Tell me about Lyon' }],
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'city', schema, strict: true },
      },
    });
    const document = JSON.parse(
      completion.choices[0]?.message.content ?? '',
    ) as unknown;
    expect(ajv.validate(schema, document), JSON.stringify(ajv.errors)).toBe(
      true,
    );
  });
});
