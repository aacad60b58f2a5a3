/**
 * Splits text into stream deltas at word boundaries, keeping each word's leading whitespace the way model tokens
 * do (`"Hello"`, `" world"`), so the deltas concatenate back to the exact input.
 * @internal
 */
export function splitIntoDeltas(
  text: string,
  maxDeltas = Number.POSITIVE_INFINITY,
): string[] {
  if (text === '') return [];
  const words = text.match(/\s*\S+|\s+$/g) ?? [text];
  if (words.length <= maxDeltas) return words;
  const size = Math.ceil(words.length / maxDeltas);
  const deltas: string[] = [];
  for (let start = 0; start < words.length; start += size) {
    deltas.push(words.slice(start, start + size).join(''));
  }
  return deltas;
}

/**
 * Cuts a string into pieces of at most `size` characters: function-call arguments stream this way, in short
 * fragments that split JSON tokens.
 * @internal
 */
export function chunkString(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += size)
    pieces.push(text.slice(start, start + size));
  return pieces;
}
