import { describe, expect, it } from 'vitest';
import { findPattern, findTerm, quote } from './find-evidence.js';

describe('findTerm', () => {
  it('finds a whole word or phrase with a plural or verb ending, as written', () => {
    expect(findTerm('Two Equations left', ['equation'])).toBe('Equations');
    expect(findTerm('stop killing time', ['kill'])).toBe('killing');
    expect(findTerm('please solve  for x', ['solve for'])).toBe('solve  for');
  });

  it('does not find a term inside another word', () => {
    expect(findTerm('a new skill', ['kill'])).toBeUndefined();
    expect(findTerm('the killer feature', ['kill'])).toBeUndefined();
  });
});

describe('findPattern', () => {
  it('returns the first pattern that matches, trimmed', () => {
    expect(findPattern('call  555-0100 now', [/\d{4}-/, /\s\d{3}-\d{4}/])).toBe(
      '555-0100',
    );
    expect(findPattern('nothing', [/\d/])).toBeUndefined();
  });
});

describe('quote', () => {
  it('quotes evidence and cuts a long one short', () => {
    expect(quote('algebra')).toBe('"algebra"');
    expect(quote('x'.repeat(80))).toBe(`"${'x'.repeat(60)}..."`);
  });
});
