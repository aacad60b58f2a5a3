import type { TraceRecord } from './trace-record.js';

/** The records found in a piece of a trace file, and what was left over. */
export interface ParsedTraceRecords {
  /** Every whole line that held a record, in file order. */
  records: TraceRecord[];
  /** Whole lines that were not a record (a write cut short by a crash, then appended to). */
  skippedLines: number;
  /** How many characters of the text were whole lines; the rest is a line still being written. */
  consumed: number;
}

/**
 * Reads JSON lines of a trace file. A last line without its newline is a write in progress (or cut short) and is
 * left for later; a whole line that does not parse is counted and skipped, so one torn record never hides the rest.
 */
export function parseTraceRecords(text: string): ParsedTraceRecords {
  const records: TraceRecord[] = [];
  let skippedLines = 0;
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    if (end === -1) break;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.trim() === '') continue;
    const record = parseRecordLine(line);
    if (record) records.push(record);
    else skippedLines++;
  }
  return { records, skippedLines, consumed: start };
}

/** One line of a trace file as a record, or `undefined` when it is not one. */
export function parseRecordLine(line: string): TraceRecord | undefined {
  if (line.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Partial<Record<string, unknown>>;
  switch (record.event) {
    case 'trace_start':
    case 'trace_end':
      return isObject(record.trace) ? (value as TraceRecord) : undefined;
    case 'span_start':
    case 'span_end':
      return isObject(record.span) ? (value as TraceRecord) : undefined;
    default:
      return undefined;
  }
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}
