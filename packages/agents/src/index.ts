/**
 * Baton: multi-agent applications on the OpenAI Responses API.
 *
 * This is the package applications import. It re-exports `@baton/core`, `@baton/openai`, `@baton/sessions` (session
 * stores, whose drivers load on first use), `@baton/tools` (hosted tools), `@baton/mcp` (MCP servers, whose SDK
 * loads on first connect) and `@baton/tracing` and, on import, makes the OpenAI provider the default, so
 * `run(agent, input)` works with nothing more than `OPENAI_API_KEY` set — and, with that key, sends traces to
 * OpenAI's dashboard, as `@openai/agents` does.
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
import { installDefaultOpenAITracingExporter } from '@baton/tracing';

export * from '@baton/core';
export * from '@baton/openai';
export * from '@baton/sessions';
export * from '@baton/tools';
export * from '@baton/mcp';
export * from '@baton/tracing';

// The provider creates its client (and imports `openai`) on first use, so this costs nothing at import time.
setDefaultModelProvider(new OpenAIProvider());
// As in `@openai/agents`, traces go to OpenAI's dashboard once there is a key to send them with. Not under
// NODE_ENV=test (where tracing starts off anyway): a test that turns tracing on must never reach api.openai.com.
if (process.env.NODE_ENV !== 'test') installDefaultOpenAITracingExporter();
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
