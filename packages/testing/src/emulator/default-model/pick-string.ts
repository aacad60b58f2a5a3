/** Values for string formats a validator checks, so format-constrained arguments stay valid. */
const FORMAT_SAMPLES: Record<string, string> = {
  email: 'user@example.com',
  'idn-email': 'user@example.com',
  date: '2025-01-01',
  'date-time': '2025-01-01T00:00:00Z',
  time: '00:00:00Z',
  duration: 'P1D',
  uri: 'https://example.com',
  url: 'https://example.com',
  'uri-reference': 'https://example.com',
  iri: 'https://example.com',
  hostname: 'example.com',
  ipv4: '127.0.0.1',
  ipv6: '::1',
  uuid: '00000000-0000-4000-8000-000000000000',
};

/** What {@link pickString} chooses from. @internal */
export interface PickStringOptions {
  /** The string's schema (format, lengths, pattern). */
  schema: Record<string, unknown>;
  /** The property the string fills ('' at the top level). */
  key: string;
  /** The meaningful words of the user's message. */
  words: string[];
  /** Words already used for other properties; preferred last so arguments differ. */
  used: Set<string>;
}

/**
 * A plausible string for a schema: a sample of its format, or a word from the user's message — one with digits
 * for id-like keys, else a capitalised word (a name, a place), else the longest — fitted to its length bounds.
 * @internal
 */
export function pickString({
  schema,
  key,
  words,
  used,
}: PickStringOptions): string {
  const format =
    typeof schema.format === 'string'
      ? FORMAT_SAMPLES[schema.format]
      : undefined;
  if (format !== undefined) return format;
  const pattern =
    typeof schema.pattern === 'string' ? safeRegExp(schema.pattern) : undefined;
  const candidates = rankWords(words, key).filter(
    (word) => !pattern || pattern.test(word),
  );
  const fresh = candidates.find((word) => !used.has(word));
  const chosen = fresh ?? candidates[0] ?? (key || 'example');
  used.add(chosen);
  return fitLength(chosen, schema);
}

function rankWords(words: string[], key: string): string[] {
  const idLike = /(^|_)(id|number|code|ref|sku)$|Id$/i.test(key);
  const score = (word: string, index: number) => {
    if (idLike && /\d/.test(word)) return 3;
    if (index > 0 && /^\p{Lu}/u.test(word)) return 2;
    return /^\d+$/.test(word) ? 0 : 1;
  };
  return words
    .map((word, index) => ({
      word,
      rank: score(word, index),
      length: word.length,
      index,
    }))
    .sort((a, b) => b.rank - a.rank || b.length - a.length || a.index - b.index)
    .map(({ word }) => word);
}

function fitLength(text: string, schema: Record<string, unknown>): string {
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const maxLength =
    typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  const padded =
    text.length < minLength ? text + 'x'.repeat(minLength - text.length) : text;
  return padded.slice(0, maxLength);
}

function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}
