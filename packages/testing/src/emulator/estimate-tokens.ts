/**
 * A deterministic token estimate: one token per four characters, at least one for non-empty text. Close enough
 * to real tokenisers for usage accounting tests, and stable across runs.
 * @internal
 */
export function estimateTokens(text: string): number {
  return text.length === 0 ? 0 : Math.max(1, Math.ceil(text.length / 4));
}

/** The text an output item makes the model write: message text, refusals, call arguments, summaries. @internal */
export function generatedText(output: object): string {
  const item = output as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof item.arguments === 'string') parts.push(item.arguments);
  for (const list of [item.content, item.summary]) {
    if (!Array.isArray(list)) continue;
    for (const part of list as Array<Record<string, unknown>>) {
      if (typeof part?.text === 'string') parts.push(part.text);
      if (typeof part?.refusal === 'string') parts.push(part.refusal);
    }
  }
  return parts.join('');
}
