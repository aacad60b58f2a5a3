/** Words too common to identify anything: never used to route a handoff or fill an argument. */
const STOP_WORDS = new Set(
  (
    "a an and are as at be but by can could do does for from have hello hi how i i'm in is it me my need of " +
    'on or please so that the their them there this to us want was we what when where which who why will with ' +
    'would you your agent agents assistant bot help support team desk specialist transfer'
  ).split(' '),
);

/**
 * The meaningful words of a text, in order: letters, digits and inner `-`/`_`/`.`, without stop words.
 * @internal
 */
export function wordsOf(text: string): string[] {
  const words =
    text.match(/[\p{L}\p{N}][\p{L}\p{N}_.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? [];
  return words.filter(
    (word) => !STOP_WORDS.has(word.toLowerCase()) && !/^\p{L}$/u.test(word),
  );
}

/** Whether two words name the same thing: equal ignoring case, or one a prefix (4+ letters) of the other. */
export function wordsMatch(left: string, right: string): boolean {
  const a = left.toLowerCase();
  const b = right.toLowerCase();
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}
