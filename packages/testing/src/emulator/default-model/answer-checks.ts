import { CHECK_CONCEPTS } from './check-concepts.js';
import type { ConversationView } from './conversation-view.js';
import { decideCheck } from './decide-check.js';
import { readCheckField } from './read-check-field.js';
import { wordsMatch } from './words-of.js';

type Schema = Record<string, unknown>;

/** String fields that carry the why of a verdict. */
const REASON_FIELD =
  /reason|explanation|explain|rationale|justification|why|analysis/i;

/**
 * Makes a structured answer a guardrail's verdict: when the schema's top-level boolean fields name checks
 * (`isMathHomework`, `containsPii`, `isSafe`, `tripwireTriggered`…), each is decided on the conversation's last
 * message (see `decideCheck`), and string fields named like `reasoning` say why. Any other value, and any schema
 * without such a field, is left as sampled.
 * @internal
 */
export function answerChecks(
  schema: Schema,
  value: unknown,
  view: Pick<ConversationView, 'lastMessageText' | 'instructions'>,
): unknown {
  const properties = schema.properties as Record<string, Schema> | undefined;
  if (!isRecord(value) || !isRecord(properties)) return value;
  const reasons: string[] = [];
  const answer = { ...value };
  for (const [name, property] of Object.entries(properties)) {
    if (!(name in answer) || !isPlain(property, 'boolean')) continue;
    const field = readCheckField(name, isConceptWord);
    if (!field) continue;
    const verdict = decideCheck(field, {
      text: view.lastMessageText,
      instructions: view.instructions,
      description: stringOr(property.description),
    });
    answer[name] = field.clears ? !verdict.flagged : verdict.flagged;
    if (!reasons.includes(verdict.reason)) reasons.push(verdict.reason);
  }
  if (reasons.length === 0) return value;
  for (const [name, property] of Object.entries(properties)) {
    if (
      name in answer &&
      REASON_FIELD.test(name) &&
      isPlain(property, 'string')
    )
      answer[name] = fitLength(reasons.join(' '), property);
  }
  return answer;
}

function isConceptWord(word: string): boolean {
  return CHECK_CONCEPTS.some((concept) =>
    concept.triggers.some((trigger) => wordsMatch(word, trigger)),
  );
}

// A field with a const, an enum, a format or a pattern keeps its sampled value, which is known to be valid. A
// nullable field may come as `anyOf: [{ type }, { type: 'null' }]`; the sampler then picks the first non-null one.
function isPlain(property: Schema, type: string): boolean {
  if (!isRecord(property)) return false;
  if (['const', 'enum', 'format', 'pattern'].some((key) => key in property))
    return false;
  const branches = property.anyOf ?? property.oneOf;
  if (Array.isArray(branches)) {
    const chosen = (branches as Schema[]).find(
      (branch) => isRecord(branch) && branch.type !== 'null',
    );
    return chosen !== undefined && isPlain(chosen, type);
  }
  const declared = property.type;
  return Array.isArray(declared) ? declared.includes(type) : declared === type;
}

function fitLength(text: string, property: Schema): string {
  const max =
    typeof property.maxLength === 'number' ? property.maxLength : Infinity;
  const min = typeof property.minLength === 'number' ? property.minLength : 0;
  const padded = text.length < min ? text.padEnd(min, '.') : text;
  return padded.slice(0, max);
}

function stringOr(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
