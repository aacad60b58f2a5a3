/**
 * The first of the terms the text uses, as written there, or undefined. A term is a word or a phrase matched
 * whole and case-insensitively, with a plural or verb ending allowed (`equation` finds "equations", `kill` finds
 * "killing" but not "skill" or "killer").
 * @internal
 */
export function findTerm(
  text: string,
  terms: readonly string[],
): string | undefined {
  for (const term of terms) {
    const match = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?:s|es|ed|ing)?(?![\\p{L}\\p{N}])`,
      'iu',
    ).exec(text);
    if (match) return match[0];
  }
  return undefined;
}

/** The first match of any of the patterns in the text, trimmed, or undefined. @internal */
export function findPattern(
  text: string,
  patterns: readonly RegExp[],
): string | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[0].trim();
  }
  return undefined;
}

/** Quotes evidence for a reason sentence, cut short so a long match does not swamp it. @internal */
export function quote(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 60)}...` : text;
  return `"${short}"`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}
