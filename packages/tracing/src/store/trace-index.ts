import { readdirSync, statSync } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseRecordLine } from './parse-trace-records.js';
import { isSegmentName } from './segment-name.js';
import type { SpanDataJson, TraceRecord } from './trace-record.js';

/** New records of one trace, as a watcher reports them. */
export interface TraceRecordsChange {
  /** The trace the records belong to. */
  traceId: string;
  /** The records written since the last report, in file order. */
  records: TraceRecord[];
}

/** Where one record of a trace is: which file, which bytes. */
interface RecordLocation {
  offset: number;
  length: number;
}

/** What the index keeps of a trace, per file: records without their payloads (enough for a summary), and where the full ones are. */
interface TracePart {
  records: TraceRecord[];
  locations: RecordLocation[];
}

interface SegmentState {
  offset: number;
  traces: Set<string>;
}

interface Subscriber {
  marks: Map<string, number>;
  listener: (change: TraceRecordsChange) => void;
}

/**
 * @internal An index of a store's folder, brought up to date by reading only what was appended since the last
 * scan. It keeps each trace's records without their payloads, and where the full records are, so the trace list
 * needs no file reads and a trace page reads only its own bytes.
 */
export class TraceIndex {
  readonly #dir: string;
  readonly #segments = new Map<string, SegmentState>();
  /** Trace id → file name → part; file names sort by creation, so parts read in order. */
  readonly traces = new Map<string, Map<string, TracePart>>();
  /** Bumped per trace on every change, so summaries can be cached. */
  readonly versions = new Map<string, number>();
  readonly #subscribers = new Set<Subscriber>();
  #running: Promise<void> = Promise.resolve();
  #queued: Promise<void> | undefined;

  constructor(dir: string) {
    this.#dir = dir;
  }

  /** Resolves once a scan that started after this call has finished. */
  refresh(): Promise<void> {
    this.#queued ??= this.#running.then(() => {
      this.#queued = undefined;
      this.#running = this.#scan().catch(() => undefined);
      return this.#running;
    });
    return this.#queued;
  }

  /** Reports records appended from now on: what the files hold at this call is not news. */
  subscribe(listener: (change: TraceRecordsChange) => void): () => void {
    const marks = new Map<string, number>();
    try {
      for (const name of readdirSync(this.#dir).filter(isSegmentName)) {
        try {
          marks.set(name, statSync(join(this.#dir, name)).size);
        } catch {
          // Removed meanwhile.
        }
      }
    } catch {
      // No folder yet: everything written later is new.
    }
    const subscriber = { marks, listener };
    this.#subscribers.add(subscriber);
    return () => this.#subscribers.delete(subscriber);
  }

  /** Reads the full records of a trace back from its files, in order. */
  async readRecords(traceId: string): Promise<TraceRecord[] | undefined> {
    const parts = this.traces.get(traceId);
    if (!parts) return undefined;
    const records: TraceRecord[] = [];
    for (const name of [...parts.keys()].sort()) {
      const { locations } = parts.get(name)!;
      const first = locations[0].offset;
      const last = locations[locations.length - 1];
      const bytes = await readRange(
        join(this.#dir, name),
        first,
        last.offset + last.length,
      );
      if (!bytes) continue;
      for (const { offset, length } of locations) {
        const record = parseRecordLine(
          bytes.toString('utf8', offset - first, offset - first + length),
        );
        if (record) records.push(record);
      }
    }
    return records;
  }

  async #scan(): Promise<void> {
    let names: string[];
    try {
      names = (await readdir(this.#dir)).filter(isSegmentName).sort();
    } catch {
      names = [];
    }
    const present = new Set(names);
    for (const name of this.#segments.keys())
      if (!present.has(name)) this.#dropSegment(name);
    for (const name of names) await this.#readSegment(name);
  }

  async #readSegment(name: string): Promise<void> {
    const path = join(this.#dir, name);
    const size = await stat(path).then(
      (s) => s.size,
      () => undefined,
    );
    if (size === undefined) return;
    let state = this.#segments.get(name);
    if (state && size < state.offset) this.#dropSegment(name); // Replaced by a new file of that name.
    state = this.#segments.get(name);
    if (!state) {
      state = { offset: 0, traces: new Set() };
      this.#segments.set(name, state);
    }
    if (size === state.offset) return;
    const bytes = await readRange(path, state.offset, size);
    if (!bytes) return;
    const changes = new Map<
      string,
      Array<{ record: TraceRecord; offset: number }>
    >();
    let start = 0;
    for (
      let end = bytes.indexOf(10);
      end !== -1;
      end = bytes.indexOf(10, start)
    ) {
      const offset = state.offset + start;
      const record = parseRecordLine(bytes.toString('utf8', start, end));
      if (record)
        this.#add(
          name,
          state,
          record,
          { offset, length: end - start },
          changes,
        );
      start = end + 1;
    }
    // A last line without its newline is still being written: read it whole next time.
    state.offset += start;
    this.#notify(name, changes);
  }

  #add(
    name: string,
    state: SegmentState,
    record: TraceRecord,
    location: RecordLocation,
    changes: Map<string, Array<{ record: TraceRecord; offset: number }>>,
  ): void {
    const traceId = 'span' in record ? record.span.trace_id : record.trace.id;
    if (typeof traceId !== 'string') return;
    let parts = this.traces.get(traceId);
    if (!parts) this.traces.set(traceId, (parts = new Map()));
    let part = parts.get(name);
    if (!part) parts.set(name, (part = { records: [], locations: [] }));
    part.records.push(withoutPayload(record));
    part.locations.push(location);
    state.traces.add(traceId);
    this.versions.set(traceId, (this.versions.get(traceId) ?? 0) + 1);
    let list = changes.get(traceId);
    if (!list) changes.set(traceId, (list = []));
    list.push({ record, offset: location.offset });
  }

  #dropSegment(name: string): void {
    const state = this.#segments.get(name);
    this.#segments.delete(name);
    for (const traceId of state?.traces ?? []) {
      const parts = this.traces.get(traceId);
      parts?.delete(name);
      if (parts && parts.size === 0) {
        this.traces.delete(traceId);
        this.versions.delete(traceId);
      } else this.versions.set(traceId, (this.versions.get(traceId) ?? 0) + 1);
    }
  }

  #notify(
    name: string,
    changes: Map<string, Array<{ record: TraceRecord; offset: number }>>,
  ): void {
    for (const { marks, listener } of this.#subscribers) {
      const mark = marks.get(name) ?? 0;
      for (const [traceId, list] of changes) {
        const records = list
          .filter((item) => item.offset >= mark)
          .map((item) => item.record);
        if (records.length > 0) listener({ traceId, records });
      }
    }
  }
}

/** What a summary needs of a span's data: payloads (model input and output, tool arguments) are left in the file. */
function withoutPayload(record: TraceRecord): TraceRecord {
  if (!('span' in record)) return record;
  const data = record.span.span_data ?? { type: 'unknown' };
  const response = data._response as { usage?: unknown } | undefined;
  const kept: SpanDataJson = { type: data.type };
  if (data.name !== undefined) kept.name = data.name;
  if (data.triggered !== undefined) kept.triggered = data.triggered;
  const usage = data.usage ?? response?.usage;
  if (usage !== undefined) kept.usage = usage;
  return { ...record, span: { ...record.span, span_data: kept } };
}

async function readRange(
  path: string,
  from: number,
  to: number,
): Promise<Buffer | undefined> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(to - from);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, from);
    return buffer.subarray(0, bytesRead);
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}
