import { createHash } from 'node:crypto';

const SAFE_ID = /^[A-Za-z0-9_-]{1,128}$/;

/** The extension of trace files. */
export const TRACE_FILE_EXTENSION = '.jsonl';

/**
 * The file name a trace's records go to. Ids made of letters, digits, `_` and `-` (all generated ids) name the file
 * as they are; any other id (a caller's own `traceId`) is hashed, so no id can reach outside the store's folder.
 */
export function traceFileName(traceId: string): string {
  if (SAFE_ID.test(traceId)) return `${traceId}${TRACE_FILE_EXTENSION}`;
  const digest = createHash('sha256').update(traceId).digest('hex');
  return `id-${digest.slice(0, 40)}${TRACE_FILE_EXTENSION}`;
}
