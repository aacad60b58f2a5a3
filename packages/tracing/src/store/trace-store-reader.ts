import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { assembleTrace, type StoredTrace } from './assemble-trace.js';
import { DEFAULT_TRACE_DIR } from './local-trace-store.js';
import { parseTraceRecords } from './parse-trace-records.js';
import { summarizeTrace, type TraceSummary } from './summarize-trace.js';
import { TRACE_FILE_EXTENSION, traceFileName } from './trace-file-name.js';
import {
  watchTraceRecords,
  type TraceRecordsChange,
  type WatchTraceRecordsOptions,
} from './watch-trace-records.js';

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

interface CachedSummary {
  size: number;
  mtimeMs: number;
  summary: TraceSummary;
}

/** Reads a local trace folder (written by `LocalTraceStore`, by this process or others) while it is written. */
export class TraceStoreReader {
  /** The folder read (absolute). */
  readonly dir: string;
  readonly #summaries = new Map<string, CachedSummary>();

  constructor(dir: string = DEFAULT_TRACE_DIR) {
    this.dir = resolve(dir);
  }

  /** The traces of the folder, newest first, filtered as asked. Unchanged files are not read again. */
  async listTraces(options: ListTracesOptions = {}): Promise<TraceList> {
    const summaries = await this.#allSummaries();
    const matching = summaries.filter((summary) => matches(summary, options));
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

  /** One trace with its spans, or `undefined` when the folder has no such trace. Any string is a safe id. */
  async readTrace(id: string): Promise<StoredTrace | undefined> {
    let text: string;
    try {
      text = await readFile(join(this.dir, traceFileName(id)), 'utf8');
    } catch {
      return undefined;
    }
    const { records, skippedLines } = parseTraceRecords(text);
    return assembleTrace(id, records, skippedLines);
  }

  /** The list row of one trace, or `undefined`. */
  async summarizeTrace(id: string): Promise<TraceSummary | undefined> {
    const stored = await this.readTrace(id);
    return stored && summarizeTrace(stored);
  }

  /** Reports records written from now on (see `watchTraceRecords`); returns a function that stops watching. */
  watch(
    listener: (change: TraceRecordsChange) => void,
    options?: WatchTraceRecordsOptions,
  ): () => void {
    return watchTraceRecords(this.dir, listener, options);
  }

  async #allSummaries(): Promise<TraceSummary[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const files = names.filter((name) => name.endsWith(TRACE_FILE_EXTENSION));
    for (const name of this.#summaries.keys())
      if (!files.includes(name)) this.#summaries.delete(name);
    const summaries = await Promise.all(
      files.map((name) => this.#summary(name)),
    );
    return summaries.filter((summary) => summary !== undefined);
  }

  async #summary(name: string): Promise<TraceSummary | undefined> {
    const path = join(this.dir, name);
    try {
      const { size, mtimeMs } = await stat(path);
      const cached = this.#summaries.get(name);
      if (cached && cached.size === size && cached.mtimeMs === mtimeMs)
        return cached.summary;
      const { records, skippedLines } = parseTraceRecords(
        await readFile(path, 'utf8'),
      );
      const fallbackId = name.slice(0, -TRACE_FILE_EXTENSION.length);
      const summary = summarizeTrace(
        assembleTrace(fallbackId, records, skippedLines),
      );
      this.#summaries.set(name, { size, mtimeMs, summary });
      return summary;
    } catch {
      return undefined;
    }
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
