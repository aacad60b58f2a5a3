import {
  getCurrentTrace,
  resetCurrentSpan,
  setCurrentSpan,
  withNewSpanContext,
} from './context.js';
import type {
  AgentSpanData,
  CustomSpanData,
  FunctionSpanData,
  GenerationSpanData,
  GuardrailSpanData,
  HandoffSpanData,
  MCPListToolsSpanData,
  ResponseSpanData,
  SpanData,
  SpeechGroupSpanData,
  SpeechSpanData,
  TranscriptionSpanData,
} from './span-data.js';
import type { Span } from './span.js';
import type { Trace } from './trace.js';
import {
  getGlobalTraceProvider,
  type CreateSpanOptions,
} from './trace-provider.js';

/** Options of the `create*Span` functions: any span option, and any part of the span's data. */
export type CreateArgs<TData extends SpanData> = Partial<
  Omit<CreateSpanOptions<TData>, 'data'>
> & { data?: Partial<Omit<TData, 'type'>> };

type WithName<TData extends SpanData> = CreateArgs<TData> & {
  data: { name: string };
};

/** A span run around `fn`: current for everything `fn` does, ended (with `fn`'s error, if any) when it settles. */
export type WithSpan<TData extends SpanData, TArgs> = <TOutput>(
  fn: (span: Span<TData>) => Promise<TOutput>,
  options: TArgs,
  parent?: Span<any> | Trace,
) => Promise<TOutput>;

/** Like {@link WithSpan}, for kinds whose options may be left out. */
export type WithOptionalSpan<TData extends SpanData> = <TOutput>(
  fn: (span: Span<TData>) => Promise<TOutput>,
  options?: CreateArgs<TData>,
  parent?: Span<any> | Trace,
) => Promise<TOutput>;

function create<TData extends SpanData>(
  type: TData['type'],
  defaults: Partial<TData>,
  options: CreateArgs<TData> | undefined,
  parent: Span<any> | Trace | undefined,
): Span<TData> {
  const data = { ...defaults, ...options?.data, type } as TData;
  return getGlobalTraceProvider().createSpan<TData>(
    options ? { ...options, data } : { data },
    parent,
  );
}

/** The error of a span made from a thrown value. */
function spanErrorOf(error: unknown): {
  message: string;
  data?: Record<string, any>;
} {
  const record =
    typeof error === 'object' && error !== null
      ? (error as { message?: unknown; data?: unknown })
      : undefined;
  const message =
    typeof record?.message === 'string' ? record.message : String(error);
  const data =
    typeof record?.data === 'object' && record.data !== null
      ? (record.data as Record<string, any>)
      : undefined;
  return data ? { message, data } : { message };
}

function withSpanOf<TData extends SpanData, TArgs>(
  make: (options: TArgs, parent?: Span<any> | Trace) => Span<TData>,
): WithSpan<TData, TArgs> {
  return (fn, options, parent) =>
    withNewSpanContext(async () => {
      const span = make(options, parent);
      const inTrace = getCurrentTrace() !== null;
      if (inTrace) setCurrentSpan(span);
      span.start();
      let deferred = false;
      try {
        const result = await fn(span);
        // A streamed run returned from `fn` is still running: the span ends with its stream.
        const completed = (result as { completed?: unknown } | null)?.completed;
        if (completed instanceof Promise) {
          deferred = true;
          completed.then(
            () => span.end(),
            (error: unknown) => {
              span.setError(spanErrorOf(error));
              span.end();
            },
          );
        }
        return result;
      } catch (error) {
        if (span.error === null) span.setError(spanErrorOf(error));
        throw error;
      } finally {
        if (!deferred) span.end();
        if (inTrace) resetCurrentSpan();
      }
    });
}

/** A new agent span (not started: use `withAgentSpan`, or call `start()` and `end()`), under `parent` or the current span. */
export function createAgentSpan(
  options?: CreateArgs<AgentSpanData>,
  parent?: Span<any> | Trace,
): Span<AgentSpanData> {
  return create<AgentSpanData>('agent', { name: 'Agent' }, options, parent);
}
/** Runs `fn` in a new agent span. */
export const withAgentSpan = withSpanOf(
  createAgentSpan,
) as WithOptionalSpan<AgentSpanData>;

/** A new response span: one model call (see {@link createAgentSpan} for how spans are used). */
export function createResponseSpan(
  options?: CreateArgs<ResponseSpanData>,
  parent?: Span<any> | Trace,
): Span<ResponseSpanData> {
  return create<ResponseSpanData>('response', {}, options, parent);
}
/** Runs `fn` in a new response span. */
export const withResponseSpan = withSpanOf(
  createResponseSpan,
) as WithOptionalSpan<ResponseSpanData>;

/** A new generation span: a model generation with its messages, model and usage. */
export function createGenerationSpan(
  options?: CreateArgs<GenerationSpanData>,
  parent?: Span<any> | Trace,
): Span<GenerationSpanData> {
  return create<GenerationSpanData>('generation', {}, options, parent);
}
/** Runs `fn` in a new generation span. */
export const withGenerationSpan = withSpanOf(
  createGenerationSpan,
) as WithOptionalSpan<GenerationSpanData>;

/** A new function span: one tool call. */
export function createFunctionSpan(
  options: WithName<FunctionSpanData>,
  parent?: Span<any> | Trace,
): Span<FunctionSpanData> {
  return create<FunctionSpanData>(
    'function',
    { input: '', output: '' },
    options,
    parent,
  );
}
/** Runs `fn` in a new function span. */
export const withFunctionSpan = withSpanOf(createFunctionSpan);

/** A new handoff span. */
export function createHandoffSpan(
  options?: CreateArgs<HandoffSpanData>,
  parent?: Span<any> | Trace,
): Span<HandoffSpanData> {
  return create<HandoffSpanData>('handoff', {}, options, parent);
}
/** Runs `fn` in a new handoff span. */
export const withHandoffSpan = withSpanOf(
  createHandoffSpan,
) as WithOptionalSpan<HandoffSpanData>;

/** A new custom span, for your own operations: `data` is any JSON. */
export function createCustomSpan(
  options: WithName<CustomSpanData>,
  parent?: Span<any> | Trace,
): Span<CustomSpanData> {
  return create<CustomSpanData>('custom', { data: {} }, options, parent);
}
/**
 * Runs `fn` in a new custom span.
 *
 * @example
 * await withCustomSpan(async (span) => {
 *   span.spanData.data.rows = await loadRows();
 * }, { data: { name: 'load rows' } });
 */
export const withCustomSpan = withSpanOf(createCustomSpan);

/** A new guardrail span. */
export function createGuardrailSpan(
  options: WithName<GuardrailSpanData>,
  parent?: Span<any> | Trace,
): Span<GuardrailSpanData> {
  return create<GuardrailSpanData>(
    'guardrail',
    { triggered: false },
    options,
    parent,
  );
}
/** Runs `fn` in a new guardrail span. */
export const withGuardrailSpan = withSpanOf(createGuardrailSpan);

/** A new transcription span (speech to text). */
export function createTranscriptionSpan(
  options: CreateArgs<TranscriptionSpanData> & {
    data: Pick<TranscriptionSpanData, 'input'>;
  },
  parent?: Span<any> | Trace,
): Span<TranscriptionSpanData> {
  return create<TranscriptionSpanData>('transcription', {}, options, parent);
}
/** Runs `fn` in a new transcription span. */
export const withTranscriptionSpan = withSpanOf(createTranscriptionSpan);

/** A new speech span (text to speech). */
export function createSpeechSpan(
  options: CreateArgs<SpeechSpanData> & {
    data: Pick<SpeechSpanData, 'output'>;
  },
  parent?: Span<any> | Trace,
): Span<SpeechSpanData> {
  return create<SpeechSpanData>('speech', {}, options, parent);
}
/** Runs `fn` in a new speech span. */
export const withSpeechSpan = withSpanOf(createSpeechSpan);

/** A new speech group span. */
export function createSpeechGroupSpan(
  options?: CreateArgs<SpeechGroupSpanData>,
  parent?: Span<any> | Trace,
): Span<SpeechGroupSpanData> {
  return create<SpeechGroupSpanData>('speech_group', {}, options, parent);
}
/** Runs `fn` in a new speech group span. */
export const withSpeechGroupSpan = withSpanOf(
  createSpeechGroupSpan,
) as WithOptionalSpan<SpeechGroupSpanData>;

/** A new MCP list-tools span. */
export function createMCPListToolsSpan(
  options?: CreateArgs<MCPListToolsSpanData>,
  parent?: Span<any> | Trace,
): Span<MCPListToolsSpanData> {
  return create<MCPListToolsSpanData>('mcp_tools', {}, options, parent);
}
/** Runs `fn` in a new MCP list-tools span. */
export const withMCPListToolsSpan = withSpanOf(
  createMCPListToolsSpan,
) as WithOptionalSpan<MCPListToolsSpanData>;
