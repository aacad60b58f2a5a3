import {
  CHECK_CONCEPTS,
  UNSAFE_CONTENT,
  type CheckConcept,
} from './check-concepts.js';
import { quote } from './find-evidence.js';
import { instructionKeywords } from './instruction-keywords.js';
import type { CheckField } from './read-check-field.js';
import { wordsMatch, wordsOf } from './words-of.js';

/** What a check is decided on. @internal */
export interface CheckSubject {
  /** The text checked: the last message of the guardrail agent's conversation. */
  text: string;
  /** The guardrail agent's instructions. */
  instructions: string;
  /** The field's `description` in the schema ('' when it has none). */
  description: string;
}

/** The outcome of one check. @internal */
export interface CheckVerdict {
  /** Whether the check found what it looks for (so `isSafe` is false and `isMathHomework` true). */
  flagged: boolean;
  /** One sentence that says why, quoting the evidence. */
  reason: string;
}

/**
 * Decides one check field on the text. What it looks for comes from, in this order: the field's name
 * (`containsPhoneNumber`), its description, the instructions ("Check if the user is asking you to do their math
 * homework."), unsafe content for a clean-case field (`isSafe`), and last the field's own words, or the
 * instructions' words, as keywords to find (`mentionsRefund` finds "refunds").
 * @internal
 */
export function decideCheck(
  field: CheckField,
  subject: CheckSubject,
): CheckVerdict {
  const concepts = conceptsFor(field, subject);
  const text = subject.text.trim();
  for (const concept of concepts) {
    const evidence =
      text === '' ? undefined : concept.detect(text, subject.instructions);
    if (evidence !== undefined)
      return {
        flagged: true,
        reason: `The text ${concept.found} (${evidence}).`,
      };
  }
  const first = concepts[0];
  return {
    flagged: false,
    reason: first
      ? `The text ${first.absent}.`
      : 'The text gives no reason to flag it.',
  };
}

function conceptsFor(
  field: CheckField,
  { instructions, description }: CheckSubject,
): readonly CheckConcept[] {
  const named = [field.words, lowerWords(description), lowerWords(instructions)]
    .map(selectConcepts)
    .find((concepts) => concepts.length > 0);
  if (named) return named;
  if (field.clears) return [UNSAFE_CONTENT];
  const keywords =
    field.words.length > 0 ? field.words : instructionKeywords(instructions);
  return keywords.length > 0 ? [keywordConcept(keywords)] : [];
}

function selectConcepts(words: readonly string[]): CheckConcept[] {
  return CHECK_CONCEPTS.filter((concept) =>
    concept.triggers.some((trigger) =>
      words.some((word) => wordsMatch(word, trigger)),
    ),
  );
}

function lowerWords(text: string): string[] {
  return wordsOf(text).map((word) => word.toLowerCase());
}

function keywordConcept(keywords: readonly string[]): CheckConcept {
  const listed = keywords.slice(0, 4).map(quote).join(' or ');
  return {
    triggers: [],
    found: `mentions ${listed}`,
    absent: `does not mention ${listed}`,
    detect: (text) => {
      const word = wordsOf(text).find((candidate) =>
        keywords.some((keyword) => wordsMatch(candidate, keyword)),
      );
      return word === undefined ? undefined : quote(word);
    },
  };
}
