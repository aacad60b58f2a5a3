import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseTraceRecords } from './parse-trace-records.js';
import { TRACE_FILE_EXTENSION } from './trace-file-name.js';
import type { TraceRecord } from './trace-record.js';

/** New records of one trace, as a watcher reports them. */
export interface TraceRecordsChange {
  /** The trace the records belong to. */
  traceId: string;
  /** The records written since the last report, in file order. */
  records: TraceRecord[];
}

/** Options of {@link watchTraceRecords}. */
export interface WatchTraceRecordsOptions {
  /** How often the folder is scanned, in milliseconds (file-system events make it sooner). Default 500. */
  intervalMs?: number;
}

/**
 * Reports records appended to the store's folder from now on, by any process. Scanning is the source of truth
 * (file-system events are missed on some systems and only bring a scan forward); a line still being written is
 * reported once it is whole. Returns a function that stops watching.
 */
export function watchTraceRecords(
  dir: string,
  listener: (change: TraceRecordsChange) => void,
  options: WatchTraceRecordsOptions = {},
): () => void {
  const offsets = new Map<string, number>();
  let stopped = false;
  let scanning: Promise<void> | undefined;
  let again = false;
  markCurrentSizes(dir, offsets);
  const scan = (): void => {
    if (stopped) return;
    if (scanning) {
      again = true;
      return;
    }
    scanning = scanFolder(dir, offsets, listener)
      .catch(() => undefined)
      .finally(() => {
        scanning = undefined;
        if (again) {
          again = false;
          scan();
        }
      });
  };
  const timer = setInterval(scan, options.intervalMs ?? 500);
  timer.unref();
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, scan);
    watcher.on('error', () => watcher?.close());
    watcher.unref();
  } catch {
    // The folder may not exist yet; the interval finds it once it does.
  }
  return () => {
    stopped = true;
    clearInterval(timer);
    watcher?.close();
  };
}

/** What exists when watching starts is not news: only bytes after these sizes are reported. */
function markCurrentSizes(dir: string, offsets: Map<string, number>): void {
  try {
    for (const name of readdirSync(dir)) {
      if (!name.endsWith(TRACE_FILE_EXTENSION)) continue;
      try {
        offsets.set(name, statSync(join(dir, name)).size);
      } catch {
        // Removed meanwhile.
      }
    }
  } catch {
    // No folder yet: everything written later is new.
  }
}

async function scanFolder(
  dir: string,
  offsets: Map<string, number>,
  listener: (change: TraceRecordsChange) => void,
): Promise<void> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) =>
      name.endsWith(TRACE_FILE_EXTENSION),
    );
  } catch {
    return;
  }
  const present = new Set(names);
  for (const name of offsets.keys())
    if (!present.has(name)) offsets.delete(name);
  for (const name of names) {
    const path = join(dir, name);
    const size = await stat(path).then(
      (stats) => stats.size,
      () => undefined,
    );
    if (size === undefined) continue;
    let offset = offsets.get(name) ?? 0;
    if (size < offset) offset = 0; // Replaced by a new file of the same name.
    if (size === offset) continue;
    const { records, consumed } = await readWholeLines(path, offset, size);
    offsets.set(name, offset + consumed);
    if (records.length === 0) continue;
    const first = records[0];
    const traceId =
      first.event === 'trace_start' || first.event === 'trace_end'
        ? first.trace.id
        : first.span.trace_id;
    listener({ traceId, records });
  }
}

async function readWholeLines(
  path: string,
  from: number,
  to: number,
): Promise<{ records: TraceRecord[]; consumed: number }> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(to - from);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, from);
    const end = buffer.subarray(0, bytesRead).lastIndexOf(10) + 1;
    if (end === 0) return { records: [], consumed: 0 };
    const { records } = parseTraceRecords(
      buffer.subarray(0, end).toString('utf8'),
    );
    return { records, consumed: end };
  } finally {
    await handle.close();
  }
}
