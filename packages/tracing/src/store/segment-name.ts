/** The extension of the store's files. */
export const SEGMENT_EXTENSION = '.jsonl';

/**
 * A new segment's file name: `<UTC time>-<pid>-<random>.jsonl`, so names sort by creation and two processes (or
 * two stores of one process) never share a file.
 */
export function newSegmentName(now = new Date(), pid = process.pid): string {
  const time = now.toISOString().replace(/[-:.]/g, '');
  // Time and pid already tell processes apart; the random part tells apart two stores of one process.
  const random = Math.floor(Math.random() * 0x1000000)
    .toString(16)
    .padStart(6, '0');
  return `${time}-${pid}-${random}${SEGMENT_EXTENSION}`;
}

/** Whether a file of the store's folder is a segment (other files are left alone). */
export function isSegmentName(name: string): boolean {
  return /^[0-9TZ]+-\d+-[0-9a-f]+\.jsonl$/.test(name);
}
