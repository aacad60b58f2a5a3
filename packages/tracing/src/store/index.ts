// @baton/tracing/store: the local trace folder `baton traces` reads.
export {
  DEFAULT_TRACE_DIR,
  LocalTraceStore,
  type LocalTraceStoreOptions,
} from './local-trace-store.js';
export {
  DEFAULT_TRACE_RETENTION,
  pruneTraceFiles,
  type TraceRetention,
} from './prune-trace-files.js';
export {
  parseTraceRecords,
  type ParsedTraceRecords,
} from './parse-trace-records.js';
export { assembleTrace, type StoredTrace } from './assemble-trace.js';
export {
  summarizeTrace,
  type TraceSummary,
  type TraceTokenTotals,
} from './summarize-trace.js';
export {
  TraceStoreReader,
  type ListTracesOptions,
  type TraceList,
  type WatchTracesOptions,
} from './trace-store-reader.js';
export type { TraceRecordsChange } from './trace-index.js';
export type {
  SpanDataJson,
  SpanJson,
  SpanSource,
  TraceJson,
  TraceRecord,
  TraceSource,
} from './trace-record.js';
// The viewer shares this entry: it reads the store's modules, and one entry per module keeps one copy of each class.
export {
  DEFAULT_VIEWER_PORT,
  SECURITY_HEADERS,
  startTraceViewer,
  TraceViewerError,
  type TraceViewer,
  type TraceViewerOptions,
} from '../viewer/index.js';
