import { describe, expect, it } from 'vitest';
import { nameWords, readCheckField } from './read-check-field.js';

const concepts = new Set(['pii', 'homework', 'math', 'phone', 'topic']);
const isConceptWord = (word: string) => concepts.has(word);

describe('readCheckField', () => {
  it('reads a question field as a check that is true when the text matches', () => {
    expect(readCheckField('isMathHomework', isConceptWord)).toEqual({
      words: ['math', 'homework'],
      clears: false,
    });
    expect(readCheckField('contains_phone_number', isConceptWord)).toEqual({
      words: ['phone', 'number'],
      clears: false,
    });
  });

  it('reads verdict words and bare concept words as checks', () => {
    expect(readCheckField('tripwireTriggered', isConceptWord)).toEqual({
      words: [],
      clears: false,
    });
    expect(readCheckField('pii', isConceptWord)).toEqual({
      words: ['pii'],
      clears: false,
    });
  });

  it('reads clean-case fields as true when nothing is found, and a negation as flipping them', () => {
    expect(readCheckField('isSafe', isConceptWord)?.clears).toBe(true);
    expect(readCheckField('is_allowed', isConceptWord)?.clears).toBe(true);
    expect(readCheckField('isOnTopic', isConceptWord)).toEqual({
      words: ['topic'],
      clears: true,
    });
    expect(readCheckField('isOffTopic', isConceptWord)).toEqual({
      words: ['off', 'topic'],
      clears: false,
    });
    expect(readCheckField('isNotSafe', isConceptWord)?.clears).toBe(false);
    expect(readCheckField('noPii', isConceptWord)?.clears).toBe(true);
  });

  it('does not read ordinary booleans as checks', () => {
    expect(readCheckField('verbose', isConceptWord)).toBeUndefined();
    expect(readCheckField('include_history', isConceptWord)).toBeUndefined();
  });
});

describe('nameWords', () => {
  it('splits camelCase, acronyms and snake_case into lower-case words', () => {
    expect(nameWords('containsPIIData')).toEqual(['contains', 'pii', 'data']);
    expect(nameWords('is_math_homework')).toEqual(['is', 'math', 'homework']);
  });
});
