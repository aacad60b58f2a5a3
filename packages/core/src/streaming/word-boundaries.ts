let segmenter: Intl.Segmenter | undefined;

/**
 * The positions of `text` after `from` where no word is cut (Unicode word boundaries, as `Intl.Segmenter` finds
 * them, so text written without spaces is cut between its words too). The end of the text counts only when its last
 * segment is not part of a word (a space, a punctuation mark): a word the text ends in may still go on.
 * `from` must be a boundary itself, so that segmenting from it finds the same boundaries as from the start.
 * @internal
 */
export function wordBoundaries(text: string, from: number): Set<number> {
  // Made on first use: importing core should not build ICU's word break iterator.
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const boundaries = new Set<number>();
  let last: Intl.SegmentData | undefined;
  for (const segment of segmenter.segment(text.slice(from))) {
    if (segment.index > 0) boundaries.add(from + segment.index);
    last = segment;
  }
  if (last && !last.isWordLike) boundaries.add(text.length);
  return boundaries;
}
