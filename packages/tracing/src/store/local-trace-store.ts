import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  DEFAULT_TRACE_RETENTION,
  pruneTraceFiles,
  type SegmentCounts,
  type TraceRetention,
} from './prune-trace-files.js';
import { RESOLVED } from './resolved-promise.js';
import { newSegmentName } from './segment-name.js';
import {
  isSpanSource,
  type SpanSource,
  type TraceRecord,
  type TraceSource,
} from './trace-record.js';

/** Where the local store keeps traces when no `dir` is given, relative to the working directory. */
export const DEFAULT_TRACE_DIR = '.baton/traces';

/** Options of {@link LocalTraceStore}. */
export interface LocalTraceStoreOptions {
  /** The folder trace files go to; created on first write. Default `.baton/traces` under the working directory. */
  dir?: string;
  /** How many traces, bytes and days the folder keeps; the oldest go first. */
  retention?: TraceRetention;
  /**
   * Check retention after this many new traces (and once after the first). Default a tenth of
   * `retention.maxTraces` (100): the number of traces a file holds, since retention removes whole files.
   */
  pruneEvery?: number;
  /** Start a new file once the current one holds this many bytes. Default 8 MiB. */
  segmentBytes?: number;
  /**
   * How long a record may wait to be written, in ms: what arrives meanwhile goes out in the same write. Default
   * 100; 0 writes at the end of each tick.
   */
  writeDelay?: number;
}

/** How many characters of records may wait for a write (about 30 runs of the benchmark's scenario). */
const PENDING_LIMIT = 256 * 1024;

const liveStores = new Set<LocalTraceStore>();
let exitHookInstalled = false;

/**
 * A trace processor (and exporter) that appends every trace and span to a local folder as JSON lines, for
 * `baton traces` to show. Each store writes its own files (segments named by time, pid and a random part), so
 * processes never share one; the records of `writeDelay` ms (default 100) are written with one `O_APPEND` write,
 * synchronously, and what is pending is written at exit, so nothing is left behind.
 *
 * @example
 * import { addTraceProcessor } from '@baton/tracing';
 * import { LocalTraceStore } from '@baton/tracing/store';
 * addTraceProcessor(new LocalTraceStore());
 * @see docs/trace-viewer.md
 */
export class LocalTraceStore {
  /** The folder this store writes to (absolute). */
  readonly dir: string;
  readonly #retention: TraceRetention;
  readonly #pruneEvery: number;
  readonly #segmentBytes: number;
  readonly #segmentTraces: number;
  readonly #writeDelay: number;
  readonly #counts: SegmentCounts = new Map();
  #pending: string[] = [];
  /** Characters in `#pending`: past {@link PENDING_LIMIT} they are written at once, whatever `writeDelay` says. */
  #pendingLength = 0;
  /**
   * Spans started since the last write, by id. A span that ends before the write needs no
   * start record (its end record says everything), so only spans still running are written as started; most
   * spans (tools, handoffs, guardrails, most model calls) start and end between two writes, and this halves what
   * is serialised.
   */
  #pendingStarts = new Map<string, SpanSource>();
  #flushScheduled = false;
  #flushing = false;
  #dirReady = false;
  #segment: string | undefined;
  #bytesInSegment = 0;
  #tracesInSegment = 0;
  #pendingTraceStarts = 0;
  #tracesSincePrune = 0;
  #pruned = false;
  #pruning: Promise<unknown> = Promise.resolve();
  #writeErrors = 0;

  constructor(options: LocalTraceStoreOptions = {}) {
    this.dir = resolve(options.dir ?? DEFAULT_TRACE_DIR);
    this.#retention = options.retention ?? {};
    this.#segmentBytes = Math.max(1, options.segmentBytes ?? 8 * 1024 * 1024);
    this.#writeDelay = Math.max(0, options.writeDelay ?? 100);
    const maxTraces =
      this.#retention.maxTraces ?? DEFAULT_TRACE_RETENTION.maxTraces;
    // Retention removes whole files, so no file may hold more than a tenth of the traces kept.
    this.#segmentTraces = Math.max(1, Math.ceil(maxTraces / 10));
    this.#pruneEvery = Math.max(1, options.pruneEvery ?? this.#segmentTraces);
  }

  /** Records that could not be written (a full disk, a folder without permission); writing never throws into a run. */
  get writeErrors(): number {
    return this.#writeErrors;
  }

  onTraceStart(trace: TraceSource): Promise<void> {
    this.#recordTrace('trace_start', trace);
    return RESOLVED;
  }

  onTraceEnd(trace: TraceSource): Promise<void> {
    this.#recordTrace('trace_end', trace);
    return RESOLVED;
  }

  onSpanStart(span: SpanSource): Promise<void> {
    this.#pendingStarts.set(span.spanId, span);
    this.#scheduleFlush();
    return RESOLVED;
  }

  onSpanEnd(span: SpanSource): Promise<void> {
    this.#pendingStarts.delete(span.spanId);
    this.#recordSpan('span_end', span);
    return RESOLVED;
  }

  /** As an exporter (behind a batching processor): a trace is its start, a span its end. */
  async export(items: (TraceSource | SpanSource)[]): Promise<void> {
    for (const item of items) {
      if (isSpanSource(item)) this.#recordSpan('span_end', item);
      else this.#recordTrace('trace_start', item);
    }
    this.#flush();
  }

  /** Writes what is pending and waits for a retention check in progress. */
  async forceFlush(): Promise<void> {
    this.#flush();
    await this.#pruning;
  }

  /** Flushes and stops watching for process exit. */
  async shutdown(): Promise<void> {
    await this.forceFlush();
    liveStores.delete(this);
  }

  /** Applies the retention limits now; resolves with how many files were removed. */
  async prune(): Promise<number> {
    const removed = pruneTraceFiles(this.dir, this.#retention, {
      counts: this.#counts,
    });
    this.#pruning = removed.catch(() => 0);
    return await removed;
  }

  /** @internal Writes every pending record now (also run at process exit). */
  flushSync(): void {
    this.#flush();
  }

  #recordTrace(event: 'trace_start' | 'trace_end', trace: TraceSource): void {
    const json = trace.toJSON();
    if (!json) return;
    if (event === 'trace_start') {
      this.#tracesSincePrune++;
      this.#pendingTraceStarts++;
    }
    this.#append({ event, time: now(), trace: json } as TraceRecord);
  }

  #recordSpan(event: 'span_start' | 'span_end', span: SpanSource): void {
    // Baton's own spans give their JSON with their data itself, not the copy `toJSON()` makes.
    const withData = jsonWithDataOf(span);
    const json = (withData?.call(span) ?? span.toJSON()) as {
      started_at?: string | null;
      ended_at?: string | null;
    } | null;
    if (!json) return;
    // A span carries its own times; reading the clock again for the record would only cost.
    const stamp =
      (event === 'span_end' ? json.ended_at : json.started_at) ?? now();
    this.#append({ event, time: stamp, span: json } as TraceRecord);
  }

  #append(record: TraceRecord): void {
    try {
      const line = `${JSON.stringify(record)}\n`;
      this.#pending.push(line);
      this.#pendingLength += line.length;
    } catch {
      this.#writeErrors++;
      return;
    }
    // Work that never yields to the event loop would otherwise pile its records up in memory until it does.
    if (this.#pendingLength > PENDING_LIMIT && !this.#flushing) this.#flush();
    else this.#scheduleFlush();
  }

  #scheduleFlush(): void {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    liveStores.add(this);
    installExitHook();
    // Each write is a system call or three (open, write, close): a run's records go out together, not one tick's.
    const flush = () => this.#flush();
    if (this.#writeDelay === 0) setImmediate(flush).unref();
    else setTimeout(flush, this.#writeDelay).unref();
  }

  #flush(): void {
    // Still flagged as scheduled while the running spans are serialised, so that appending them schedules nothing.
    if (this.#pendingStarts.size > 0) {
      const running = [...this.#pendingStarts.values()];
      this.#pendingStarts.clear();
      this.#flushing = true;
      try {
        for (const span of running) this.#recordSpan('span_start', span);
      } finally {
        this.#flushing = false;
      }
    }
    this.#flushScheduled = false;
    if (this.#pending.length === 0) return;
    const text = this.#pending.join('');
    const traceStarts = this.#pendingTraceStarts;
    this.#pending = [];
    this.#pendingLength = 0;
    this.#pendingTraceStarts = 0;
    this.#write(text, traceStarts);
    if (
      this.#tracesSincePrune >= this.#pruneEvery ||
      (!this.#pruned && this.#tracesSincePrune > 0)
    ) {
      this.#pruned = true;
      this.#tracesSincePrune = 0;
      void this.prune().catch(() => undefined);
    }
  }

  #write(text: string, traceStarts: number): void {
    if (
      this.#segment === undefined ||
      this.#bytesInSegment >= this.#segmentBytes ||
      (traceStarts > 0 && this.#tracesInSegment >= this.#segmentTraces)
    ) {
      this.#segment = newSegmentName();
      this.#bytesInSegment = 0;
      this.#tracesInSegment = 0;
    }
    this.#tracesInSegment += traceStarts;
    const path = join(this.dir, this.#segment);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        if (!this.#dirReady) {
          mkdirSync(this.dir, { recursive: true });
          this.#dirReady = true;
        }
        this.#bytesInSegment += appendText(path, text);
        // Retention counts this file's traces from here: it need not read what this store wrote.
        this.#counts.set(this.#segment, {
          size: this.#bytesInSegment,
          traces: this.#tracesInSegment,
        });
        return;
      } catch (error) {
        // The folder may have been removed since it was made (a cleanup between runs): make it again, once.
        this.#dirReady = false;
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') break;
      }
    }
    this.#writeErrors++;
  }
}

/**
 * Appends `text` to the file with one `O_APPEND` write and returns its size in bytes. The text is encoded once,
 * into a buffer that can hold any text of its length (3 bytes a UTF-16 unit at most), which also gives the size:
 * measuring it first would read the whole text once more.
 */
function appendText(path: string, text: string): number {
  const bytes = Buffer.allocUnsafe(text.length * 3);
  const length = bytes.write(text);
  const fd = openSync(path, 'a');
  try {
    // A file takes the whole write unless the disk fills up, when the next write throws.
    let offset = 0;
    while (offset < length)
      offset += writeSync(fd, bytes, offset, length - offset);
    return length;
  } finally {
    closeSync(fd);
  }
}

function now(): string {
  return new Date().toISOString();
}

/** What Baton's spans offer besides `toJSON()` (see `span.ts`): their JSON without a copy of their data. */
const SPAN_JSON_WITH = Symbol.for('baton.tracing.spanJsonWith');

function jsonWithDataOf(
  span: SpanSource,
): ((this: SpanSource) => object | null | undefined) | undefined {
  const method = (span as { [SPAN_JSON_WITH]?: unknown })[SPAN_JSON_WITH];
  return typeof method === 'function'
    ? (method as (this: SpanSource) => object | null | undefined)
    : undefined;
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const store of liveStores) store.flushSync();
  });
}
