/** Field names whose values are credentials. */
const SECRET_KEY =
  /^(authorization|proxy-authorization|x-api-key|api[-_]?key|openai[-_]?api[-_]?key|access[-_]?token|refresh[-_]?token|client[-_]?secret|password|secret|token|cookie|set-cookie)$/i;
/** Credentials as they appear inside text: OpenAI-style keys and bearer tokens. */
const SECRET_TEXT = [
  /\bsk-[A-Za-z0-9_-]{8,}/g,
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi,
];
const REDACTED = '[redacted]';
const MAX_DEPTH = 8;

/**
 * A copy of a value fit for a log line: credentials (API keys, `Authorization` headers, tokens, passwords) are
 * replaced by `[redacted]`, in strings, object fields, `Headers`, maps and errors alike. Cycles and very deep
 * values are cut short rather than followed.
 * @internal
 */
export function redactSecrets(value: unknown): unknown {
  return redact(value, 0, new WeakSet());
}

/** @internal Text with every credential in it replaced. */
export function redactText(text: string): string {
  let result = text;
  for (const pattern of SECRET_TEXT) {
    result = result.replace(pattern, (match, scheme?: string) =>
      typeof scheme === 'string' && /^(Bearer|Basic)$/i.test(scheme)
        ? `${scheme} ${REDACTED}`
        : REDACTED,
    );
  }
  return result;
}

function redact(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[too deep]';
  seen.add(value);
  if (value instanceof Error) {
    const copy = new Error(redactText(value.message));
    copy.name = value.name;
    copy.stack =
      value.stack === undefined ? undefined : redactText(value.stack);
    return copy;
  }
  if (Array.isArray(value))
    return value.map((entry) => redact(entry, depth + 1, seen));
  const entries =
    typeof (value as { entries?: unknown }).entries === 'function' &&
    (value instanceof Map || isHeaders(value))
      ? [...(value as Map<unknown, unknown>).entries()]
      : Object.entries(value);
  const result: Record<string, unknown> = {};
  for (const [key, entry] of entries) {
    const name = String(key);
    result[name] = SECRET_KEY.test(name)
      ? REDACTED
      : redact(entry, depth + 1, seen);
  }
  return result;
}

function isHeaders(value: object): boolean {
  return typeof Headers !== 'undefined' && value instanceof Headers;
}
