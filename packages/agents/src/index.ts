/**
 * Baton: multi-agent applications on the OpenAI Responses API.
 *
 * This is the package applications import. It re-exports `@baton/core`, `@baton/openai` and `@baton/tools` (hosted
 * tools) and, on import, makes the OpenAI provider the default, so `run(agent, input)` works with nothing more than
 * `OPENAI_API_KEY` set.
 * Code written for `@openai/agents` ports by changing the import.
 *
 * @example
 * import { Agent, run } from '@baton/agents';
 * const agent = new Agent({ name: 'Assistant', instructions: 'Answer briefly.' });
 * console.log((await run(agent, 'What is a baton?')).finalOutput);
 * @module
 */
import { setDefaultModelProvider } from '@baton/core';
import { OpenAIProvider } from '@baton/openai';

export * from '@baton/core';
export * from '@baton/openai';
export * from '@baton/tools';

// The provider creates its client (and imports `openai`) on first use, so this costs nothing at import time.
setDefaultModelProvider(new OpenAIProvider());
export { drawGraph, type DrawGraphOptions } from './draw-graph.js';
export {
  DEFAULT_TRACE_DIR,
  DEFAULT_TRACE_RETENTION,
  DEFAULT_VIEWER_PORT,
  LocalTraceStore,
  startTraceViewer,
  TraceStoreReader,
  TraceViewerError,
  type ListTracesOptions,
  type LocalTraceStoreOptions,
  type SpanJson,
  type StoredTrace,
  type TraceJson,
  type TraceList,
  type TraceRecord,
  type TraceRecordsChange,
  type TraceRetention,
  type TraceSummary,
  type TraceTokenTotals,
  type TraceViewer,
  type TraceViewerOptions,
  type WatchTracesOptions,
} from '@baton/tracing/store';
