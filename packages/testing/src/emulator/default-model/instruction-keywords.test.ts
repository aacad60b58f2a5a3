import { describe, expect, it } from 'vitest';
import { instructionKeywords } from './instruction-keywords.js';

describe('instructionKeywords', () => {
  it('keeps the words that name what is looked for, without the phrasing of a check', () => {
    expect(
      instructionKeywords(
        'Check if the user is asking you to do their math homework.',
      ),
    ).toEqual(['math', 'homework']);
    expect(
      instructionKeywords('Flag the message if it mentions Acme or Acme.'),
    ).toEqual(['acme']);
  });
});
