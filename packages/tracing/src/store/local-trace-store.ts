import { appendFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pruneTraceFiles, type TraceRetention } from './prune-trace-files.js';
import { traceFileName } from './trace-file-name.js';
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
  /** How many traces, bytes and days the folder keeps; the oldest traces go first. */
  retention?: TraceRetention;
  /** Check retention after this many new traces. Default 50 (and once after the first). */
  pruneEvery?: number;
}

const liveStores = new Set<LocalTraceStore>();
let exitHookInstalled = false;

/**
 * A trace processor (and exporter) that appends every trace and span to a local folder, one JSON-lines file per
 * trace, for `baton traces` to show. Records of one tick are written together with one `O_APPEND` write per file,
 * synchronously, so a record is on disk before the next tick and nothing is left behind at exit; another process
 * never writes to the same file unless it shares the trace id, and `O_APPEND` keeps even that from interleaving.
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
  #pending = new Map<string, string[]>();
  #flushScheduled = false;
  #dirReady = false;
  #newFilesSincePrune = 0;
  #pruned = false;
  #pruning: Promise<unknown> = Promise.resolve();
  #writeErrors = 0;

  constructor(options: LocalTraceStoreOptions = {}) {
    this.dir = resolve(options.dir ?? DEFAULT_TRACE_DIR);
    this.#retention = options.retention ?? {};
    this.#pruneEvery = Math.max(1, options.pruneEvery ?? 50);
  }

  /** Records that could not be written (a full disk, a folder without permission); writing never throws into a run. */
  get writeErrors(): number {
    return this.#writeErrors;
  }

  async onTraceStart(trace: TraceSource): Promise<void> {
    this.#recordTrace('trace_start', trace);
  }

  async onTraceEnd(trace: TraceSource): Promise<void> {
    this.#recordTrace('trace_end', trace);
  }

  async onSpanStart(span: SpanSource): Promise<void> {
    this.#recordSpan('span_start', span);
  }

  async onSpanEnd(span: SpanSource): Promise<void> {
    this.#recordSpan('span_end', span);
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

  /** Applies the retention limits now; resolves with how many traces were removed. */
  async prune(): Promise<number> {
    const removed = pruneTraceFiles(this.dir, this.#retention);
    this.#pruning = removed.catch(() => 0);
    return await removed;
  }

  #recordTrace(event: 'trace_start' | 'trace_end', trace: TraceSource): void {
    const json = trace.toJSON();
    if (!json) return;
    if (event === 'trace_start') this.#newFilesSincePrune++;
    this.#append(trace.traceId, {
      event,
      time: now(),
      trace: json,
    } as TraceRecord);
  }

  #recordSpan(event: 'span_start' | 'span_end', span: SpanSource): void {
    const json = span.toJSON();
    if (!json) return;
    this.#append(span.traceId, {
      event,
      time: now(),
      span: json,
    } as TraceRecord);
  }

  #append(traceId: string, record: TraceRecord): void {
    let line: string;
    try {
      line = `${JSON.stringify(record)}\n`;
    } catch {
      this.#writeErrors++;
      return;
    }
    const file = traceFileName(traceId);
    const lines = this.#pending.get(file);
    if (lines) lines.push(line);
    else this.#pending.set(file, [line]);
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    liveStores.add(this);
    installExitHook();
    setImmediate(() => this.#flush()).unref();
  }

  /** @internal Writes every pending record now (also run at process exit). */
  flushSync(): void {
    this.#flush();
  }

  #flush(): void {
    this.#flushScheduled = false;
    if (this.#pending.size === 0) return;
    const pending = this.#pending;
    this.#pending = new Map();
    for (const [file, lines] of pending) this.#write(file, lines.join(''));
    if (
      this.#newFilesSincePrune >= this.#pruneEvery ||
      (!this.#pruned && this.#newFilesSincePrune > 0)
    ) {
      this.#pruned = true;
      this.#newFilesSincePrune = 0;
      void this.prune().catch(() => undefined);
    }
  }

  #write(file: string, text: string): void {
    const path = join(this.dir, file);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        if (!this.#dirReady) {
          mkdirSync(this.dir, { recursive: true });
          this.#dirReady = true;
        }
        // One write per file per tick: `appendFileSync` opens with O_APPEND, so concurrent writers never overwrite.
        appendFileSync(path, text);
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

function now(): string {
  return new Date().toISOString();
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const store of liveStores) store.flushSync();
  });
}
