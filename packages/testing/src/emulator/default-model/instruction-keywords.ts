import { wordsOf } from './words-of.js';

/** Words that say how to check rather than what: a guardrail's instructions are full of them. */
const CHECK_PHRASING = new Set(
  (
    'check checks checking whether determine decide evaluate classify detect flag flags guardrail guard user ' +
    'users message messages input output text content request requests question questions response responses answer ' +
    'answers asking asks ask contains contain includes include mention mentions true false return returns respond ' +
    'reply trip tripwire any some about only not no if yes should must set field json boolean based given following ' +
    'provided below above model doing trying tries try being'
  ).split(' '),
);

/**
 * The words of a guardrail's instructions that name what it looks for, lower case: the meaningful words
 * (see `wordsOf`) without those that only phrase a check ("Check if the user is asking about ...").
 * @internal
 */
export function instructionKeywords(instructions: string): string[] {
  const keywords = wordsOf(instructions)
    .map((word) => word.toLowerCase())
    .filter((word) => !CHECK_PHRASING.has(word) && !/^\d+$/.test(word));
  return [...new Set(keywords)];
}
