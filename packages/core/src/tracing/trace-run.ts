import { AsyncLocalStorage } from 'node:async_hooks';
import {
  createAgentSpan,
  createFunctionSpan,
  createGuardrailSpan,
  createHandoffSpan,
  createMCPListToolsSpan,
  createResponseSpan,
  getCurrentSpan,
  getCurrentTrace,
  getGlobalTraceProvider,
  resetCurrentSpan,
  setCurrentSpan,
  withNewSpanContext,
  withTraceContext,
  type AgentSpanData,
  type Span,
  type SpanError,
  type Trace,
} from '@baton/tracing';
import type { Agent } from '../agent/agent.js';
import type { ToolGuardrailFunctionOutput } from '../guardrails/tool-guardrail.js';
import type { FunctionCallItem } from '../items/items.js';
import type { ModelResponse } from '../model/model.js';
import type { Turn } from '../run/prepare-turn.js';
import type { LoopEvent } from '../run/notify-hooks.js';
import type { ResolvedRunConfig, TracingConfig } from '../run/run-config.js';
import type { RunState } from '../state/run-state.js';
import type { ToolInvocation } from '../tools/invoke-tool.js';
import { spanErrorOf, tracedResponse, tracedUsage } from './span-values.js';

/**
 * The tracing of one run: an observer of the loop. The loop tells it what happens (`traceLoopEvent`) and lets it
 * wrap the steps that run code (model calls, tool calls, guardrails), so that spans made inside them — a nested
 * run, a custom span in a tool — have the right parent. When no processor is registered or tracing is off,
 * nothing here runs: no tracer, no span, no context.
 */
class RunTracer {
  #agentSpan: Span<AgentSpanData> | undefined;

  constructor(readonly sensitive: boolean) {}

  /** The agent's span, opened if this stretch of the run has none yet (a resumed run starts in mid-agent). */
  agentSpan(agent: Agent<any, any>): Span<AgentSpanData> {
    if (this.#agentSpan?.spanData.name === agent.name) return this.#agentSpan;
    this.endAgent();
    const span = createAgentSpan({
      data: {
        name: agent.name,
        handoffs: agent.handoffs.map((target) =>
          'agentName' in target ? target.agentName : target.name,
        ),
        tools: agent.tools.map((tool) => tool.name),
        output_type: agent.outputSchema().isText
          ? 'text'
          : ((agent.outputType as { name?: string }).name ?? 'output'),
      },
    });
    span.start();
    setCurrentSpan(span);
    this.#agentSpan = span;
    return span;
  }

  /** Ends the current agent's span, with `error` when the run failed in it. */
  endAgent(error?: SpanError): void {
    const span = this.#agentSpan;
    if (!span) return;
    if (error && span.error === null) span.setError(error);
    span.end();
    resetCurrentSpan();
    this.#agentSpan = undefined;
  }
}

const tracers = new AsyncLocalStorage<RunTracer | undefined>();

/** What a resumed run continues: the trace of the run that stopped, when that state was run in this process. */
const tracesOfStates = new WeakMap<RunState<any, any>, Trace>();

/**
 * Runs a whole run inside its trace: a new one, or the current one when the run is inside `withTrace` (or inside
 * another run's tool). A state resumed in the process it stopped in continues its trace (same id, group and
 * metadata). Each run has a context of its own, so concurrent runs never mix their spans.
 * @internal
 */
export function traceRun<T>(
  options: {
    state: RunState<any, any>;
    config: ResolvedRunConfig;
    tracing?: TracingConfig;
  },
  fn: () => Promise<T>,
): Promise<T> {
  const { state, config } = options;
  if (config.tracingDisabled || !getGlobalTraceProvider().active)
    // A run without tracing inside a traced one (a tool's) must not add spans to the outer run.
    return tracers.getStore() ? tracers.run(undefined, fn) : fn();
  const tracer = new RunTracer(config.traceIncludeSensitiveData !== false);
  const traced = () =>
    tracers.run(tracer, async () => {
      try {
        const result = await fn();
        tracer.endAgent();
        return result;
      } catch (error) {
        tracer.endAgent(spanErrorOf(error));
        throw error;
      }
    });
  if (getCurrentTrace()) return withNewSpanContext(traced);
  const trace = getGlobalTraceProvider().createTrace({
    ...remembered(state),
    ...(config.traceId !== undefined && { traceId: config.traceId }),
    name: config.workflowName,
    ...(config.groupId !== undefined && { groupId: config.groupId }),
    ...(config.traceMetadata && { metadata: { ...config.traceMetadata } }),
    tracingApiKey: options.tracing?.apiKey ?? config.tracing?.apiKey,
  });
  tracesOfStates.set(state, trace);
  return withTraceContext({ trace }, async () => {
    // Processors are told at once but never waited for: a slow one cannot hold the run.
    void trace.start();
    try {
      return await traced();
    } finally {
      void trace.end();
    }
  });
}

function remembered(state: RunState<any, any>) {
  const trace = tracesOfStates.get(state);
  return trace
    ? {
        traceId: trace.traceId,
        groupId: trace.groupId ?? undefined,
        metadata: trace.metadata,
      }
    : {};
}

/** Whether the code running now belongs to a traced run (its loop events open and end spans). @internal */
export function isTracedRun(): boolean {
  return tracers.getStore() !== undefined;
}

/** Tells the run's tracer what the loop did (called with the lifecycle hooks). @internal */
export function traceLoopEvent(event: LoopEvent): void {
  const tracer = tracers.getStore();
  if (!tracer) return;
  switch (event.type) {
    case 'agent_start':
      tracer.agentSpan(event.agent);
      return;
    case 'agent_end':
      tracer.endAgent();
      return;
    case 'agent_handoff': {
      const span = createHandoffSpan(
        { data: { from_agent: event.from.name, to_agent: event.to.name } },
        tracer.agentSpan(event.from),
      );
      span.start();
      span.end();
      return;
    }
    case 'agent_tool_start':
    case 'agent_tool_end':
      // Tool calls have their span from traceToolCall, which runs the tool inside it.
      return;
  }
}

/** Runs `fn` as the turn's model call in a `response` span: model, usage, response id (and, with sensitive data, input and output). @internal */
export function traceModelCall(
  turn: Turn,
  config: ResolvedRunConfig,
  fn: () => Promise<ModelResponse>,
): Promise<ModelResponse> {
  const tracer = tracers.getStore();
  if (!tracer) return fn();
  const parent = tracer.agentSpan(turn.agent);
  const model = [turn.model.name, turn.agent.model, config.model].find(
    (name): name is string => typeof name === 'string' && name !== '',
  );
  return inSpan(
    createResponseSpan({ data: model ? { model } : {} }, parent),
    (span) => {
      if (tracer.sensitive) span.spanData._input = turn.request.input;
      return fn().then((response) => {
        const data = span.spanData;
        if (response.responseId) data.response_id = response.responseId;
        data.model ??= providerModel(response);
        data.usage = tracedUsage(response.usage);
        if (tracer.sensitive) data._response = tracedResponse(response);
        return response;
      });
    },
  );
}

/** Runs `fn` as one tool call in a `function` span; a tool that failed marks the span with its error. @internal */
export function traceToolCall<T extends ToolInvocation>(
  agent: Agent<any, any>,
  call: FunctionCallItem,
  fn: () => Promise<T>,
): Promise<T> {
  const tracer = tracers.getStore();
  if (!tracer) return fn();
  const span = createFunctionSpan(
    {
      data: {
        name: call.name,
        input: tracer.sensitive ? call.arguments : '',
        call_id: call.call_id,
      },
    },
    tracer.agentSpan(agent),
  );
  const { sensitive } = tracer;
  return inSpan(span, () => fn().then(recordInvocation));

  function recordInvocation(invocation: T): T {
    if (sensitive)
      span.spanData.output =
        typeof invocation.output === 'string'
          ? invocation.output
          : JSON.stringify(invocation.output);
    if (invocation.error !== undefined)
      span.setError({
        message: 'Error running tool (non-fatal)',
        data: {
          tool_name: call.name,
          ...(sensitive && {
            error: invocation.error,
          }),
        },
      });
    return invocation;
  }
}

/** Runs the listing of an MCP server's tools in an `mcp_tools` span under the agent's span. @internal */
export function traceMcpListing<T extends Array<{ name: string }>>(
  agent: Agent<any, any>,
  server: string,
  list: () => Promise<T>,
): Promise<T> {
  const tracer = tracers.getStore();
  if (!tracer) return list();
  const span = createMCPListToolsSpan(
    { data: { server } },
    tracer.agentSpan(agent),
  );
  return inSpan(span, async () => {
    const tools = await list();
    span.spanData.result = tools.map((tool) => tool.name);
    return tools;
  });
}

/**
 * Where a tool's progress reports go in the trace: events on the span of the call running now (their data only
 * with sensitive data on); undefined when the run is not traced. Call it inside the call's span. @internal
 */
export function toolProgressRecorder(): ((data: unknown) => void) | undefined {
  const tracer = tracers.getStore();
  const span = tracer && getCurrentSpan();
  if (!span) return undefined;
  return (data) =>
    span.addEvent(
      'tool_progress',
      tracer.sensitive ? { data: data as unknown } : undefined,
    );
}

/**
 * Runs one guardrail's check in a `guardrail` span (input, output or tool guardrail); `triggered` says, from its
 * output, whether it fired. @internal
 */
export function traceGuardrail<T>(
  name: string,
  check: () => T | Promise<T>,
  triggered: (output: T) => boolean,
): Promise<T> {
  const tracer = tracers.getStore();
  if (!tracer) {
    // Untraced, the check starts now, as it did before tracing existed (guardrails start beside the model call).
    try {
      return Promise.resolve(check());
    } catch (error) {
      return Promise.reject(error);
    }
  }
  return inSpan(
    createGuardrailSpan({ data: { name, triggered: false } }),
    (span) =>
      Promise.resolve(check()).then((output) => {
        span.spanData.triggered = triggered(output);
        return output;
      }),
  );
}

/** Whether a tool guardrail stopped the call or changed its result. @internal */
export function toolGuardrailTriggered(
  output: ToolGuardrailFunctionOutput,
): boolean {
  return output.behavior.type !== 'allow';
}

/**
 * Runs `fn` with `span` current (in a context of its own), and ends the span however `fn` ends. Written with
 * `then` rather than `async`: it wraps every model call, tool call and guardrail, and an async wrapper costs a
 * promise and a microtask more each time.
 */
function inSpan<TSpan extends Span<any>, T>(
  span: TSpan,
  fn: (span: TSpan) => Promise<T>,
): Promise<T> {
  return withNewSpanContext(() => {
    setCurrentSpan(span);
    span.start();
    let result: Promise<T>;
    try {
      result = fn(span);
    } catch (error) {
      endFailed(span, error);
      return Promise.reject(error);
    }
    return result.then(
      (value) => {
        span.end();
        return value;
      },
      (error: unknown) => {
        endFailed(span, error);
        throw error;
      },
    );
  });
}

function endFailed(span: Span<any>, error: unknown): void {
  if (span.error === null) span.setError(spanErrorOf(error));
  span.end();
}

function providerModel(response: ModelResponse): string | undefined {
  const model = response.providerData?.model;
  return typeof model === 'string' ? model : undefined;
}
