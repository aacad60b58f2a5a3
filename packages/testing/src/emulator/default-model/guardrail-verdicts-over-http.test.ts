import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { emulatorPerTest } from '../../../test/support/emulator-per-test.js';

const ajv = new Ajv2020({ strict: false });

const wire = emulatorPerTest();

// The shapes an Agents SDK guardrail agent sends for `outputType: z.object({...})`.
const homeworkSchema = {
  type: 'object',
  properties: {
    isMathHomework: { type: 'boolean' },
    reasoning: { type: 'string' },
  },
  required: ['isMathHomework', 'reasoning'],
  additionalProperties: false,
};
const phoneSchema = {
  type: 'object',
  properties: {
    containsPhoneNumber: { type: 'boolean' },
    reasoning: { type: 'string' },
  },
  required: ['containsPhoneNumber', 'reasoning'],
  additionalProperties: false,
};
const homeworkCheck =
  'Check if the user is asking you to do their math homework.';
const phoneCheck = 'Check if the response contains a phone number.';

function homeworkFormat() {
  return {
    format: {
      type: 'json_schema' as const,
      name: 'guardrail_output',
      schema: homeworkSchema,
      strict: true,
    },
  };
}

function verdictOf(
  schema: Record<string, unknown>,
  text: string | null | undefined,
): Record<string, unknown> {
  const verdict = JSON.parse(text ?? '') as Record<string, unknown>;
  expect(ajv.validate(schema, verdict), JSON.stringify(ajv.errors)).toBe(true);
  return verdict;
}

describe('the default model answering a guardrail agent', () => {
  it('flags math homework in the user input over the Responses API, with a reason', async () => {
    const response = await wire.client.responses.create({
      model: 'gpt-4o-mini',
      instructions: homeworkCheck,
      input: [
        {
          role: 'user',
          content: 'Can you solve my algebra homework: 2x + 3 = 7?',
        },
      ],
      text: homeworkFormat(),
    });
    const verdict = verdictOf(homeworkSchema, response.output_text);
    expect(verdict.isMathHomework).toBe(true);
    expect(verdict.reasoning).toMatch(/math homework.*algebra/);
  });

  it('clears a billing question in a streamed Responses request', async () => {
    const stream = await wire.client.responses.create({
      model: 'gpt-4o-mini',
      instructions: homeworkCheck,
      input: 'Where is my refund for invoice INV-1042?',
      text: homeworkFormat(),
      stream: true,
    });
    let text = '';
    for await (const event of stream) {
      if (event.type === 'response.output_text.done') text = event.text;
    }
    expect(verdictOf(homeworkSchema, text)).toEqual({
      isMathHomework: false,
      reasoning: 'The text does not ask for math homework.',
    });
  });

  it('checks the assistant answer that ends the conversation for a phone number', async () => {
    const response = await wire.client.responses.create({
      model: 'gpt-4o-mini',
      instructions: phoneCheck,
      input: [
        { role: 'user', content: 'How do I reach you?' },
        { role: 'assistant', content: 'Call us at (650) 555-0100.' },
      ],
      text: {
        format: {
          type: 'json_schema',
          name: 'phone_check',
          schema: phoneSchema,
          strict: true,
        },
      },
    });
    expect(verdictOf(phoneSchema, response.output_text)).toEqual({
      containsPhoneNumber: true,
      reasoning: 'The text contains a phone number ("(650) 555-0100").',
    });
  });

  it('runs a phone-number output check over Chat Completions, streamed and not', async () => {
    const request = (answer: string) => ({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system' as const, content: phoneCheck },
        { role: 'user' as const, content: answer },
      ],
      response_format: {
        type: 'json_schema' as const,
        json_schema: { name: 'phone_check', schema: phoneSchema, strict: true },
      },
    });
    const completion = await wire.client.chat.completions.create(
      request('Our support line is +1 650 555 0100.'),
    );
    expect(
      verdictOf(phoneSchema, completion.choices[0]?.message.content),
    ).toMatchObject({ containsPhoneNumber: true });

    const stream = await wire.client.chat.completions.create({
      ...request('Your refund was issued today.'),
      stream: true,
    });
    let text = '';
    for await (const chunk of stream)
      text += chunk.choices[0]?.delta.content ?? '';
    expect(verdictOf(phoneSchema, text)).toEqual({
      containsPhoneNumber: false,
      reasoning: 'The text contains no phone number.',
    });
  });

  it('takes the check from a system message when the field does not name one', async () => {
    const schema = {
      type: 'object',
      properties: { tripwireTriggered: { type: 'boolean' } },
      required: ['tripwireTriggered'],
      additionalProperties: false,
    };
    const verdict = async (question: string) => {
      const completion = await wire.client.chat.completions.create({
        model: 'gpt-4o-mini',
        messages: [
          { role: 'system', content: homeworkCheck },
          { role: 'user', content: question },
        ],
        response_format: {
          type: 'json_schema',
          json_schema: { name: 'tripwire', schema, strict: true },
        },
      });
      return verdictOf(schema, completion.choices[0]?.message.content);
    };
    expect(await verdict('What is the derivative of x³?')).toEqual({
      tripwireTriggered: true,
    });
    expect(await verdict('Where is my refund?')).toEqual({
      tripwireTriggered: false,
    });
  });

  it('lets a scripted reply win over the verdict', async () => {
    wire.emulator.script({
      json: { isMathHomework: false, reasoning: 'Scripted.' },
    });
    const response = await wire.client.responses.create({
      model: 'gpt-4o-mini',
      instructions: homeworkCheck,
      input: 'Can you solve my algebra homework: 2x + 3 = 7?',
      text: homeworkFormat(),
    });
    expect(JSON.parse(response.output_text)).toEqual({
      isMathHomework: false,
      reasoning: 'Scripted.',
    });
  });
});
