import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { TRACE_FILE_EXTENSION } from './trace-file-name.js';

/** How much the store keeps. A limit left out (or `Infinity`) does not apply. */
export interface TraceRetention {
  /** Keep at most this many traces (files). Default 1,000. */
  maxTraces?: number;
  /** Keep at most this many bytes of trace files. Default 256 MiB. */
  maxBytes?: number;
  /** Remove traces last written more than this many days ago. Default 30. */
  maxAgeDays?: number;
}

/** The limits the store applies when none are given. */
export const DEFAULT_TRACE_RETENTION: Required<TraceRetention> = {
  maxTraces: 1000,
  maxBytes: 256 * 1024 * 1024,
  maxAgeDays: 30,
};

/**
 * Removes the oldest trace files (by last write) until every limit holds, and returns how many it removed. Another
 * process pruning the same folder at the same time is harmless: a file already gone is skipped.
 */
export async function pruneTraceFiles(
  dir: string,
  retention: TraceRetention = {},
  now = Date.now(),
): Promise<number> {
  const limits = { ...DEFAULT_TRACE_RETENTION, ...retention };
  const files = await listTraceFiles(dir);
  files.sort((a, b) => b.mtimeMs - a.mtimeMs);
  const oldestKept = now - limits.maxAgeDays * 24 * 60 * 60 * 1000;
  let bytes = 0;
  let removed = 0;
  for (const [index, file] of files.entries()) {
    bytes += file.size;
    const keep =
      index < limits.maxTraces &&
      bytes <= limits.maxBytes &&
      file.mtimeMs >= oldestKept;
    // The newest trace stays whatever the limits say: it is most likely the one being written.
    if (keep || index === 0) continue;
    try {
      await unlink(file.path);
      removed++;
    } catch {
      // Removed by another process, or not ours to remove: nothing to do.
    }
  }
  return removed;
}

interface TraceFileStat {
  path: string;
  size: number;
  mtimeMs: number;
}

async function listTraceFiles(dir: string): Promise<TraceFileStat[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const stats = await Promise.all(
    names
      .filter((name) => name.endsWith(TRACE_FILE_EXTENSION))
      .map(async (name) => {
        const path = join(dir, name);
        try {
          const { size, mtimeMs } = await stat(path);
          return { path, size, mtimeMs };
        } catch {
          return undefined;
        }
      }),
  );
  return stats.filter((file) => file !== undefined);
}
