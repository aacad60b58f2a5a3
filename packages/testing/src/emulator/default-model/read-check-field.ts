/** A boolean output field that reports a check, as a guardrail agent's schema has them. @internal */
export interface CheckField {
  /** The words of the field's name, lower case, without the words that only say it is a check (`is`, `contains`). */
  words: string[];
  /**
   * Whether the field is true when the text is clean (`isSafe`, `isAllowed`, `isOnTopic`), so it is false when the
   * check finds something; a field such as `isMathHomework` or `containsPii` is true then.
   */
  clears: boolean;
}

/** First words that make a boolean a question about the text: `isMathHomework`, `containsPii`, `hasEmail`. */
const QUESTION_WORDS = new Set(
  'is are was has have contains includes mentions asks requests looks seems should does'.split(
    ' ',
  ),
);
/** Words that make a boolean a verdict wherever they stand: `tripwireTriggered`, `shouldBlock`, `flagged`. */
const VERDICT_WORDS = new Set(
  'tripwire triggered trigger flag flagged block blocked reject rejected violation violates detected'.split(
    ' ',
  ),
);
/** Words that name the clean case: a field with one of them is true when nothing is found. */
const CLEAN_WORDS = new Set(
  'safe allowed allow appropriate acceptable valid ok okay permitted compliant clean benign legitimate approved pass passed passes'.split(
    ' ',
  ),
);
/** Words that only name what is checked (`isInputSafe`, `containsPiiInResponse`), not the check. */
const FILLER_WORDS = new Set(
  'a an the any some of about for to in on by user request input output message text content response answer question query there'.split(
    ' ',
  ),
);
const NEGATIONS = new Set(['not', 'no', 'non']);

/**
 * Reads a boolean field's name as a check, or undefined when it does not name one: it names one when it opens with
 * a question word, holds a verdict or clean-case word, or (per `isConceptWord`) names what a check looks for
 * (`pii`, `homework`). `on topic`, `in scope`, `relevant` and `related` also name the clean case; `not`/`no` flip it.
 * @internal
 */
export function readCheckField(
  name: string,
  isConceptWord: (word: string) => boolean,
): CheckField | undefined {
  const all = nameWords(name);
  const negated = all.some((word) => NEGATIONS.has(word));
  const clean =
    all.some((word) => CLEAN_WORDS.has(word)) ||
    all.some((word) => word === 'relevant' || word === 'related') ||
    hasPair(all, 'on', 'topic') ||
    hasPair(all, 'in', 'scope');
  const words = all.filter(
    (word, index) =>
      !(index === 0 && QUESTION_WORDS.has(word)) &&
      !VERDICT_WORDS.has(word) &&
      !CLEAN_WORDS.has(word) &&
      !NEGATIONS.has(word) &&
      !FILLER_WORDS.has(word),
  );
  const isCheck =
    QUESTION_WORDS.has(all[0] ?? '') ||
    all.some((word) => VERDICT_WORDS.has(word)) ||
    clean ||
    words.some(isConceptWord);
  return isCheck ? { words, clears: clean !== negated } : undefined;
}

/** The words of a camelCase, PascalCase or snake_case name, lower case: `containsPIIData` → contains, pii, data. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
}

function hasPair(words: string[], first: string, second: string): boolean {
  return words.some(
    (word, index) => word === first && words[index + 1] === second,
  );
}
