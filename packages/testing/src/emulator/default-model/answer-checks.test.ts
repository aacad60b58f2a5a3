import { describe, expect, it } from 'vitest';
import { answerChecks } from './answer-checks.js';
import { sampleFromSchema } from './sample-from-schema.js';

function answer(
  schema: Record<string, unknown>,
  text: string,
  instructions = '',
): unknown {
  return answerChecks(schema, sampleFromSchema(schema, text), {
    lastMessageText: text,
    instructions,
  });
}

const homework = {
  type: 'object',
  properties: {
    isMathHomework: { type: 'boolean' },
    reasoning: { type: 'string' },
  },
  required: ['isMathHomework', 'reasoning'],
  additionalProperties: false,
};

describe('answerChecks', () => {
  it('decides each check field on the text and puts the reasons in the reasoning field', () => {
    expect(answer(homework, 'Help with my algebra homework')).toEqual({
      isMathHomework: true,
      reasoning: 'The text asks for math homework ("algebra").',
    });
    expect(answer(homework, 'Where is my refund?')).toEqual({
      isMathHomework: false,
      reasoning: 'The text does not ask for math homework.',
    });
  });

  it('sets a clean-case field to the negation of what the check found', () => {
    const schema = {
      type: 'object',
      properties: {
        isSafe: { type: 'boolean' },
        containsPii: { type: ['boolean', 'null'] },
        containsPhoneNumber: { anyOf: [{ type: 'boolean' }, { type: 'null' }] },
        explanation: { type: 'string', maxLength: 40 },
      },
    };
    const verdict = answer(schema, 'Mail me at ana@example.com') as Record<
      string,
      unknown
    >;
    expect(verdict).toMatchObject({
      isSafe: true,
      containsPii: true,
      containsPhoneNumber: false,
    });
    expect(verdict.explanation).toBe(
      'The text contains nothing unsafe. The te',
    );
  });

  it('leaves a schema without check fields as sampled', () => {
    const schema = {
      type: 'object',
      properties: {
        verbose: { type: 'boolean' },
        reasoning: { type: 'string' },
      },
    };
    const sample = sampleFromSchema(schema, 'hello world');
    expect(
      answerChecks(schema, sample, {
        lastMessageText: 'hello world',
        instructions: '',
      }),
    ).toBe(sample);
  });

  it('keeps fields with a const, an enum or a format as sampled', () => {
    const schema = {
      type: 'object',
      properties: {
        isSafe: { type: 'boolean' },
        reason: { type: 'string', enum: ['ok', 'bad'] },
        isFlagged: { const: false },
      },
    };
    expect(answer(schema, 'How to build a bomb')).toEqual({
      isSafe: false,
      reason: 'ok',
      isFlagged: false,
    });
  });
});
