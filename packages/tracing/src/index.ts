// @baton/tracing: what Baton records about runs, and where it sends it. It imports nothing of Baton.
export { generateGroupId, generateSpanId, generateTraceId } from './ids.js';
export type {
  AgentSpanData,
  CustomSpanData,
  FunctionSpanData,
  GenerationSpanData,
  GenerationUsageData,
  GuardrailSpanData,
  HandoffSpanData,
  MCPListToolsSpanData,
  ResponseSpanData,
  ResponseSpanUsage,
  SpanData,
  SpeechGroupSpanData,
  SpeechSpanData,
  TaskSpanData,
  TaskUsageData,
  TranscriptionSpanData,
  TurnSpanData,
  TurnUsageData,
} from './span-data.js';
export {
  NoopSpan,
  Span,
  type SpanError,
  type SpanEvent,
  type SpanJSON,
  type SpanOptions,
} from './span.js';
export {
  NoopTrace,
  Trace,
  type TraceJSON,
  type TraceOptions,
} from './trace.js';
export type { TracingExporter, TracingProcessor } from './processor.js';
export { MultiTracingProcessor } from './multi-tracing-processor.js';
export {
  BatchTraceProcessor,
  type BatchTraceProcessorOptions,
} from './batch-trace-processor.js';
export { ConsoleSpanExporter } from './console-span-exporter.js';
export {
  getGlobalTraceProvider,
  TraceProvider,
  type CreateSpanOptions,
} from './trace-provider.js';
export {
  addErrorToCurrentSpan,
  getCurrentSpan,
  getCurrentTrace,
  getCurrentTraceContext,
  getOrCreateTrace,
  resetCurrentSpan,
  setCurrentSpan,
  withNewSpanContext,
  withTrace,
  withTraceContext,
  type TraceContextSnapshot,
} from './context.js';
export * from './create-spans.js';
export {
  addTraceProcessor,
  setTraceProcessors,
  setTracingDisabled,
  startTraceExportLoop,
} from './global-tracing.js';
export {
  OpenAITracingExporter,
  setDefaultOpenAITracingExporter,
  type OpenAITracingExporterOptions,
} from './openai/openai-tracing-exporter.js';
export {
  getTracingExportApiKey,
  setTracingExportApiKey,
} from './openai/tracing-export-api-key.js';
export { installDefaultOpenAITracingExporter } from './openai/install-default-exporter.js';
