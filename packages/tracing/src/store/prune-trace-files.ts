import { open, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { isSegmentName } from './segment-name.js';

/** How much the store keeps. A limit left out (or `Infinity`) does not apply. */
export interface TraceRetention {
  /** Keep at most this many traces. Default 1,000. */
  maxTraces?: number;
  /** Keep at most this many bytes of trace files. Default 256 MiB. */
  maxBytes?: number;
  /** Remove trace files last written more than this many days ago. Default 30. */
  maxAgeDays?: number;
}

/** The limits the store applies when none are given. */
export const DEFAULT_TRACE_RETENTION: Required<TraceRetention> = {
  maxTraces: 1000,
  maxBytes: 256 * 1024 * 1024,
  maxAgeDays: 30,
};

/**
 * @internal How many traces start in each file up to a size. Files only grow, so a file is read from where its
 * count stopped, never again from the start.
 */
export type SegmentCounts = Map<string, { size: number; traces: number }>;

interface SegmentStat {
  name: string;
  path: string;
  size: number;
  mtimeMs: number;
}

/**
 * Removes the oldest files of a store's folder (by last write) until every limit holds, and resolves with how many
 * it removed. Files go whole, and a store starts a new file after a tenth of `maxTraces`, so at least nine tenths
 * of the limit stay. The newest file is always kept. Another process pruning at the same time is harmless.
 */
export async function pruneTraceFiles(
  dir: string,
  retention: TraceRetention = {},
  options: { now?: number; counts?: SegmentCounts } = {},
): Promise<number> {
  const limits = { ...DEFAULT_TRACE_RETENTION, ...retention };
  const counts = options.counts ?? new Map();
  const segments = (await listSegments(dir)).sort(
    (a, b) => b.mtimeMs - a.mtimeMs,
  );
  const oldestKept =
    (options.now ?? Date.now()) - limits.maxAgeDays * 24 * 60 * 60 * 1000;
  let bytes = 0;
  let traces = 0;
  let over = false;
  let removed = 0;
  for (const [index, segment] of segments.entries()) {
    bytes += segment.size;
    traces += over ? 0 : await countTraces(segment, counts);
    over ||=
      bytes > limits.maxBytes ||
      traces > limits.maxTraces ||
      segment.mtimeMs < oldestKept;
    if (!over || index === 0) continue;
    counts.delete(segment.name);
    try {
      await unlink(segment.path);
      removed++;
    } catch {
      // Removed by another process, or not ours to remove: nothing to do.
    }
  }
  return removed;
}

const TRACE_START = Buffer.from('{"event":"trace_start"');

/** Counts the trace start records of a file: every record line starts with its `event` field. */
async function countTraces(
  segment: SegmentStat,
  counts: SegmentCounts,
): Promise<number> {
  const known = counts.get(segment.name);
  // A count past the size seen is the writing store's own, made after the stat: still right.
  if (known && known.size >= segment.size) return known.traces;
  const counted = known?.size ?? 0;
  // Re-read the end of the counted part: a start record may straddle it, and its line start must be seen.
  const from = Math.max(0, counted - TRACE_START.length);
  let traces = known?.traces ?? 0;
  let handle;
  try {
    handle = await open(segment.path, 'r');
    const buffer = Buffer.alloc(segment.size - from);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, from);
    const bytes = buffer.subarray(0, bytesRead);
    for (
      let at = bytes.indexOf(TRACE_START);
      at !== -1;
      at = bytes.indexOf(TRACE_START, at + 1)
    ) {
      const absolute = from + at;
      const lineStart = absolute === 0 || (at > 0 && bytes[at - 1] === 10);
      if (lineStart && absolute + TRACE_START.length > counted) traces++;
    }
    counts.set(segment.name, { size: from + bytesRead, traces });
  } catch {
    return traces;
  } finally {
    await handle?.close();
  }
  return traces;
}

async function listSegments(dir: string): Promise<SegmentStat[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const stats = await Promise.all(
    names.filter(isSegmentName).map(async (name) => {
      const path = join(dir, name);
      try {
        const { size, mtimeMs } = await stat(path);
        return { name, path, size, mtimeMs };
      } catch {
        return undefined;
      }
    }),
  );
  return stats.filter((segment) => segment !== undefined);
}
