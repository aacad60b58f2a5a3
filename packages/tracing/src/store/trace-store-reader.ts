import { watch, type FSWatcher } from 'node:fs';
import { resolve } from 'node:path';
import { assembleTrace, type StoredTrace } from './assemble-trace.js';
import { DEFAULT_TRACE_DIR } from './local-trace-store.js';
import { summarizeTrace, type TraceSummary } from './summarize-trace.js';
import { TraceIndex, type TraceRecordsChange } from './trace-index.js';

/** Which traces {@link TraceStoreReader.listTraces} returns. Every field narrows the list. */
export interface ListTracesOptions {
  /** Text found (case-insensitive) in the id, workflow name, group id, an agent's name or the metadata. */
  q?: string;
  /** The exact workflow name. */
  workflow?: string;
  /** The name of an agent that ran. */
  agent?: string;
  /** `error`: a span failed; `tripwire`: a guardrail tripped; `ok`: neither; `running`: not ended yet. */
  status?: 'error' | 'tripwire' | 'ok' | 'running';
  /** At most this many traces (newest first). Default 100. */
  limit?: number;
  /** Skip this many of the newest matching traces. Default 0. */
  offset?: number;
}

/** A page of the trace list. */
export interface TraceList {
  /** The matching traces, newest first. */
  traces: TraceSummary[];
  /** How many traces match, over all pages. */
  total: number;
}

/** Options of {@link TraceStoreReader.watch}. */
export interface WatchTracesOptions {
  /** How often the folder is scanned, in milliseconds (file-system events make it sooner). Default 500. */
  intervalMs?: number;
}

/**
 * Reads a local trace folder (written by `LocalTraceStore`, by this process or others) while it is written. It
 * reads each file's new bytes only, and keeps the trace list in memory without the model inputs and outputs.
 */
export class TraceStoreReader {
  /** The folder read (absolute). */
  readonly dir: string;
  readonly #index: TraceIndex;
  readonly #summaries = new Map<
    string,
    { version: number; summary: TraceSummary }
  >();

  constructor(dir: string = DEFAULT_TRACE_DIR) {
    this.dir = resolve(dir);
    this.#index = new TraceIndex(this.dir);
  }

  /** The traces of the folder, newest first, filtered as asked. */
  async listTraces(options: ListTracesOptions = {}): Promise<TraceList> {
    await this.#index.refresh();
    const matching = [...this.#index.traces.keys()]
      .map((id) => this.#summary(id))
      .filter(
        (summary) => summary !== undefined && matches(summary, options),
      ) as TraceSummary[];
    matching.sort((a, b) =>
      (b.started_at ?? '').localeCompare(a.started_at ?? ''),
    );
    const offset = Math.max(0, options.offset ?? 0);
    const limit = Math.max(0, options.limit ?? 100);
    return {
      traces: matching.slice(offset, offset + limit),
      total: matching.length,
    };
  }

  /** One trace with its spans, or `undefined` when the folder has no such trace. No id is ever a path. */
  async readTrace(id: string): Promise<StoredTrace | undefined> {
    await this.#index.refresh();
    const records = await this.#index.readRecords(id);
    return records && assembleTrace(id, records);
  }

  /** The list row of one trace, or `undefined`. */
  async summarizeTrace(id: string): Promise<TraceSummary | undefined> {
    await this.#index.refresh();
    return this.#summary(id);
  }

  /**
   * Reports records written from now on, by any process; a line still being written is reported once it is whole.
   * Scanning is the source of truth (file-system events are missed on some systems and only bring a scan
   * forward). Returns a function that stops watching.
   */
  watch(
    listener: (change: TraceRecordsChange) => void,
    options: WatchTracesOptions = {},
  ): () => void {
    const unsubscribe = this.#index.subscribe(listener);
    const scan = () => void this.#index.refresh();
    const timer = setInterval(scan, options.intervalMs ?? 500);
    timer.unref();
    let watcher: FSWatcher | undefined;
    try {
      watcher = watch(this.dir, scan);
      watcher.on('error', () => watcher?.close());
      watcher.unref();
    } catch {
      // The folder may not exist yet; the interval finds it once it does.
    }
    return () => {
      unsubscribe();
      clearInterval(timer);
      watcher?.close();
    };
  }

  #summary(id: string): TraceSummary | undefined {
    const parts = this.#index.traces.get(id);
    if (!parts) {
      this.#summaries.delete(id);
      return undefined;
    }
    const version = this.#index.versions.get(id) ?? 0;
    const cached = this.#summaries.get(id);
    if (cached && cached.version === version) return cached.summary;
    const records = [...parts.keys()]
      .sort()
      .flatMap((name) => parts.get(name)!.records);
    const summary = summarizeTrace(assembleTrace(id, records));
    this.#summaries.set(id, { version, summary });
    return summary;
  }
}

function matches(summary: TraceSummary, options: ListTracesOptions): boolean {
  if (options.workflow && summary.workflow_name !== options.workflow)
    return false;
  if (options.agent && !summary.agents.includes(options.agent)) return false;
  switch (options.status) {
    case 'error':
      if (!summary.error) return false;
      break;
    case 'tripwire':
      if (!summary.tripwire) return false;
      break;
    case 'ok':
      if (summary.error || summary.tripwire) return false;
      break;
    case 'running':
      if (!summary.in_progress) return false;
      break;
    case undefined:
      break;
  }
  if (!options.q) return true;
  const needle = options.q.toLowerCase();
  const haystack = [
    summary.id,
    summary.workflow_name ?? '',
    summary.group_id ?? '',
    ...summary.agents,
    summary.metadata ? JSON.stringify(summary.metadata) : '',
  ];
  return haystack.some((text) => text.toLowerCase().includes(needle));
}
