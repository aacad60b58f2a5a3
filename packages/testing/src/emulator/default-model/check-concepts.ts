import { findPattern, findTerm, quote } from './find-evidence.js';
import { instructionKeywords } from './instruction-keywords.js';
import { wordsMatch, wordsOf } from './words-of.js';

/** Something a guardrail agent can be asked to look for, and how the default model finds it. @internal */
export interface CheckConcept {
  /** Words that ask for this check in a field's name or description or in the instructions (4+ letters: prefixes). */
  triggers: readonly string[];
  /** Ends "The text …" when the check finds something (the evidence follows in brackets). */
  found: string;
  /** Ends "The text …" when it finds nothing. */
  absent: string;
  /** The evidence in the text, phrased for a reason (`"algebra"`), or undefined when there is none. */
  detect(text: string, instructions: string): string | undefined;
}

const MATH_TERMS = [
  'math',
  'maths',
  'mathematics',
  'algebra',
  'calculus',
  'geometry',
  'trigonometry',
  'equation',
  'derivative',
  'integral',
  'polynomial',
  'quadratic',
  'arithmetic',
  'fraction',
  'theorem',
  'solve for',
  'homework',
];
// An operand is a number, a lone letter (a variable) or a bracket; `-` and `/` count only between spaces, so
// ids (INV-1042), dates (2025-01-01, 1/2/2025) and phone numbers are not sums.
const OPERAND = String.raw`(?:\d+(?:\.\d+)?|(?<!\p{L})\p{L}(?!\p{L})|[()])`;
const MATH_PATTERNS = [
  new RegExp(String.raw`${OPERAND}\s*(?:[+*×÷=^]|\s[-/]\s)\s*${OPERAND}`, 'u'),
  /[\p{L}\d)]\s*[²³]/u,
];
const EMAIL =
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
const PHONE = [
  /(?<![\d+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)/,
  /\+\d{1,3}(?:[\s.-]?\d{1,4}){3,5}(?!\d)/,
  /(?<![\d-])\d{3}-\d{4}(?![\d-])/,
];
const SSN = /(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])/;
const CARD = [
  /(?<!\d)(?:\d{4}[ -]?){3}\d{4}(?!\d)/,
  /(?<!\d)\d{4}[ -]?\d{6}[ -]?\d{5}(?!\d)/,
];
const INJECTION = [
  /\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+|the\s+|your\s+)*(?:previous\s+|prior\s+|above\s+|earlier\s+)?(?:instructions|rules|prompts?)\b/i,
  /\bsystem\s+prompt\b/i,
  /\bdeveloper\s+mode\b/i,
  /\bjailbreak/i,
];
const HARMFUL_TERMS = [
  'bomb',
  'explosive',
  'weapon',
  'gun',
  'kill',
  'murder',
  'poison',
  'suicide',
  'self-harm',
  'terrorist',
  'malware',
  'ransomware',
  'phishing',
  'hack into',
  'hacking',
  'steal',
  'launder',
  'cocaine',
  'heroin',
];
const PROFANITY_TERMS = [
  'fuck',
  'shit',
  'damn',
  'crap',
  'idiot',
  'stupid',
  'moron',
  'shut up',
];

const OFF_TOPIC_TRIGGERS = [
  'topic',
  'offtopic',
  'relevant',
  'irrelevant',
  'unrelated',
  'related',
  'scope',
];
/** Words around "topic" that say which side of it the text is on, not what the topic is. */
const TOPIC_SIDES = new Set(['off', 'on', 'out', 'within', 'outside']);

const found = (match: string | undefined) =>
  match === undefined ? undefined : quote(match);

const piiEvidence = (text: string) =>
  found(findPattern(text, [EMAIL, ...PHONE, SSN, ...CARD]));

const injectionEvidence = (text: string) => found(findPattern(text, INJECTION));

/** Unsafe content: what a clean-case field (`isSafe`, `isAllowed`) checks when nothing names another check. @internal */
export const UNSAFE_CONTENT: CheckConcept = {
  triggers: [
    'unsafe',
    'harm',
    'dangerous',
    'danger',
    'violence',
    'violent',
    'weapon',
    'illegal',
    'malicious',
    'abuse',
    'inappropriate',
    'safe',
    'allowed',
    'appropriate',
    'acceptable',
    'moderation',
    'policy',
  ],
  found: 'contains unsafe content',
  absent: 'contains nothing unsafe',
  detect: (text) =>
    found(findTerm(text, [...HARMFUL_TERMS, ...PROFANITY_TERMS])) ??
    injectionEvidence(text),
};

/** The checks the default model recognises, in the order their reasons are given. @internal */
export const CHECK_CONCEPTS: readonly CheckConcept[] = [
  {
    triggers: [
      'math',
      'maths',
      'homework',
      'algebra',
      'arithmetic',
      'calculus',
      'geometry',
      'equation',
    ],
    found: 'asks for math homework',
    absent: 'does not ask for math homework',
    detect: (text) =>
      found(findTerm(text, MATH_TERMS) ?? findPattern(text, MATH_PATTERNS)),
  },
  {
    triggers: ['phone', 'telephone', 'mobile', 'cellphone'],
    found: 'contains a phone number',
    absent: 'contains no phone number',
    detect: (text) => found(findPattern(text, PHONE)),
  },
  {
    triggers: ['email', 'mail'],
    found: 'contains an email address',
    absent: 'contains no email address',
    detect: (text) => found(findPattern(text, [EMAIL])),
  },
  {
    triggers: ['card', 'credit'],
    found: 'contains a card number',
    absent: 'contains no card number',
    detect: (text) => found(findPattern(text, CARD)),
  },
  {
    triggers: ['pii', 'personal', 'sensitive', 'private', 'privacy', 'ssn'],
    found: 'contains personal data',
    absent: 'contains no personal data',
    detect: piiEvidence,
  },
  {
    triggers: ['injection', 'inject', 'jailbreak', 'override', 'manipulat'],
    found: 'tries a prompt injection',
    absent: 'tries no prompt injection',
    detect: injectionEvidence,
  },
  {
    triggers: [
      'profanity',
      'profane',
      'swear',
      'curse',
      'cursing',
      'obscene',
      'vulgar',
      'rude',
      'insult',
      'toxic',
      'abusive',
      'offensive',
    ],
    found: 'contains offensive language',
    absent: 'contains no offensive language',
    detect: (text) => found(findTerm(text, PROFANITY_TERMS)),
  },
  UNSAFE_CONTENT,
  {
    triggers: OFF_TOPIC_TRIGGERS,
    found: 'is off topic',
    absent: 'is on topic',
    detect: offTopicEvidence,
  },
];

// On topic means mentioning a word of the instructions that names the topic; with no such word, nothing is off topic.
function offTopicEvidence(
  text: string,
  instructions: string,
): string | undefined {
  const topics = instructionKeywords(instructions).filter(
    (word) =>
      !TOPIC_SIDES.has(word) &&
      !OFF_TOPIC_TRIGGERS.some((trigger) => wordsMatch(word, trigger)),
  );
  if (topics.length === 0) return undefined;
  const mentioned = wordsOf(text).some((word) =>
    topics.some((topic) => wordsMatch(word, topic)),
  );
  if (mentioned) return undefined;
  return `it mentions none of ${topics.slice(0, 4).map(quote).join(', ')}`;
}
