import { UserError } from '../errors/errors.js';
import type { RunStateLedger } from '../state/run-state-ledger.js';
import type { RunContext } from '../context/run-context.js';
import type { InputGuardrail } from '../guardrails/input-guardrail.js';
import type { OutputGuardrail } from '../guardrails/output-guardrail.js';
import type { HandoffInputFilter } from '../handoffs/handoff.js';
import type { Model, ModelProvider } from '../model/model.js';
import type { ModelSettings } from '../model/settings.js';
import type { RunErrorHandlers } from './handle-run-error.js';
import type { StepRunner } from './step-runner.js';
import type { Session, SessionInputCallback } from '../sessions/session.js';
import type { RunBudget } from '../cost/check-budget.js';
import type { PriceTable } from '../cost/price-table.js';
import type {
  ModelRateLimits,
  RateLimiter,
} from '../rate-limit/rate-limiter.js';
import { resolveRateLimiters } from '../rate-limit/model-rate-limiters.js';

/** How a run reads its session's history (the `session_settings` of the Python Agents SDK). */
export interface SessionSettings {
  /**
   * Load only the latest `limit` items (`session.getItems(limit)`). Where the cut leaves a tool's answer without its
   * call, or reasoning without the item that followed it, those items are left out of the request.
   */
  limit?: number;
}
import type { NestedStream } from '../streaming/nested-stream.js';

/** How function tools of one response run, as `@openai/agents` names it. */
export interface ToolExecutionConfig {
  /** How many function tools of one response may run at once; `null` or unset: all of them. */
  maxFunctionToolConcurrency?: number | null;
}

/** How a stream shows an answer the output guardrails have not checked yet; see {@link RunConfig.outputGuardrailStreaming}. */
export type OutputGuardrailStreaming =
  | 'immediate'
  | 'buffered'
  | {
      /** Check the streamed text every this many more characters (a positive integer). */
      checkpointEvery: number;
    };

/** Settings shared by every run of a `Runner`. */
export interface RunConfig {
  /** A model (name or instance) for agents that do not set their own `model` (an agent's own model wins). */
  model?: string | Model;
  /** Resolves model names. Default: the provider set by `setDefaultModelProvider` (`@baton/agents` sets OpenAI). */
  modelProvider?: ModelProvider;
  /** Model settings for every agent; an agent's own settings override them field by field. */
  modelSettings?: ModelSettings;
  /** The most model calls one run may make. Default 10. */
  maxTurns?: number;
  /** An input filter for every handoff that has none of its own. */
  handoffInputFilter?: HandoffInputFilter;
  /** Input guardrails for every run; they run before (and beside) the starting agent's own. */
  inputGuardrails?: InputGuardrail<any>[];
  /** Output guardrails for every run's final output, besides the final agent's own. */
  outputGuardrails?: OutputGuardrail<any>[];
  /**
   * What a stream shows while parallel input guardrails are still checking: `'buffered'` (default) holds the model's
   * events back and releases them once every guardrail has passed, so a tripped run streams nothing;
   * `'immediate'` streams them at once, for callers who prefer latency and accept that text may reach the client
   * before a tripwire ends the run.
   */
  inputGuardrailStreaming?: 'buffered' | 'immediate';
  /**
   * Where resumes of signed run states are claimed, so each state's decisions are used once (see
   * {@link RunStateLedger}). Default: a ledger in this process's memory. Give every process that resumes states
   * the same shared ledger.
   */
  runStateLedger?: RunStateLedger;
  /**
   * What a stream shows of an answer before the output guardrails have checked it (Baton only; applies to turns of
   * an agent that has output guardrails, its own or the runner's):
   * - `'immediate'` (default, as in `@openai/agents`): text streams as it comes; the guardrails run at the end, so a
   *   tripped run has already streamed the text they reject.
   * - `'buffered'`: the events of each model call (text deltas, raw model events, the message item) are held back.
   *   A call that asks for tools or a handoff is released as soon as its response is complete; the final message
   *   is released only after the output guardrails passed, so a trip streams nothing of it.
   * - `{ checkpointEvery: n }`: while text streams, the guardrails check the text so far every `n` more characters
   *   (their `details.partial` is `true`), one check at a time, and the text up to a passed checkpoint is released.
   *   A trip aborts the model call and ends the run with `OutputGuardrailTripwireTriggered`; text after the last
   *   passed checkpoint never reaches the stream. The complete output is checked once more at the end. Agents with
   *   a structured `outputType` are held back as with `'buffered'`.
   * @see docs/guardrails.md
   */
  outputGuardrailStreaming?: OutputGuardrailStreaming;
  /** How many function tools of one response may run at once. Default: all of them. */
  toolConcurrency?: number;
  /** The `@openai/agents` spelling of {@link RunConfig.toolConcurrency}; `toolConcurrency` wins when both are set. */
  toolExecution?: ToolExecutionConfig;
  /**
   * What to do when the model calls a tool the agent does not have: tell the model (`'return_error'`, default)
   * or end the run with a `ModelBehaviorError` (`'throw'`).
   */
  unknownToolBehavior?: 'return_error' | 'throw';
  /** The `@openai/agents` spelling of {@link RunConfig.unknownToolBehavior} (`'return_error_to_model'` / `'raise_error'`). */
  toolNotFoundBehavior?: 'return_error_to_model' | 'raise_error';
  /** How often a model stream that breaks before anything reached the caller is retried. Default 2. */
  streamRetries?: number;
  /** The run's trace's workflow name. Default `'Agent workflow'`. */
  workflowName?: string;
  /**
   * The id of the run's trace (`trace_<32 hex>`, see `generateTraceId`). Default: a new one, or, for a state resumed
   * in the process it stopped in, that run's trace. Ignored inside `withTrace`, whose trace the run joins.
   */
  traceId?: string;
  /** Links the traces of one conversation (see `generateGroupId`). */
  groupId?: string;
  /** Your own data on the run's trace. */
  traceMetadata?: Record<string, string>;
  /** Traces nothing of the runs (the process-wide switch is `setTracingDisabled`). Default false. */
  tracingDisabled?: boolean;
  /**
   * Whether spans may hold model inputs and outputs, tool arguments and results. Default true; with `false`,
   * spans keep only names, ids, timings, usage and errors.
   */
  traceIncludeSensitiveData?: boolean;
  /** Tracing settings (the `@openai/agents` option): `apiKey`, the key the OpenAI exporter sends this trace with. */
  tracing?: TracingConfig;
  /**
   * Merges a session's history with each run's new input (default: history, then the new input); a run's own
   * `sessionInputCallback` wins.
   * @see docs/sessions.md
   */
  sessionInputCallback?: SessionInputCallback;
  /** How runs read their session's history; a run's own `sessionSettings` wins. */
  sessionSettings?: SessionSettings;
  /**
   * Concurrency and requests-/tokens-per-minute limits by model name (Baton only). Limits given as an object are
   * shared by every runner of the process that names the same model; pass a `RateLimiter` to choose who shares.
   * A request waits its turn (an abort takes it out of the queue) instead of meeting a 429.
   * @see docs/retries-and-rate-limits.md
   */
  modelRateLimits?: Record<string, ModelRateLimits | RateLimiter>;
  /**
   * Prices for `result.cost` and budgets (Baton only): extend or override the shipped OpenAI list prices.
   * @see docs/usage-and-cost.md
   */
  priceTable?: PriceTable;
  /** Stops every run before a model request that would take it over this cost (a `BudgetExceededError`). */
  budget?: RunBudget;
}

/** Tracing settings of a runner or a run. */
export interface TracingConfig {
  /** The API key the OpenAI tracing exporter sends these traces with; it never enters a span. */
  apiKey?: string;
  /** Accepted for `@openai/agents` code; Baton's runs make no task or turn spans either way. */
  includeTaskAndTurnSpans?: boolean;
}

/** Options of one run. */
export interface RunOptions<TContext = unknown> {
  /** Your own object (or a `RunContext` around it), passed to instructions, tools and hooks; never sent to the model. */
  context?: TContext | RunContext<TContext>;
  /** The most model calls this run may make; overrides the runner's `maxTurns`. */
  maxTurns?: number;
  /** Aborts the run: the in-flight model call and its HTTP stream are closed, running tools see their signal abort. */
  signal?: AbortSignal;
  /** Stream events as they happen. */
  stream?: boolean;
  /**
   * Continue from a response stored by the provider: only new items are sent, each turn chaining from the last
   * response. Cannot be combined with `conversationId`.
   */
  previousResponseId?: string;
  /**
   * A conversation stored by the provider (`conv_...`, the Responses API's `conversation`): every request of the run
   * belongs to it, and sends only the items the conversation does not hold yet. Cannot be combined with
   * `previousResponseId`.
   * @see docs/sessions.md
   */
  conversationId?: string;
  /**
   * Where the conversation's history lives between runs: loaded before the first turn, and the run's input and new
   * items appended once, when the run ends (after output guardrails passed) or stops for approvals. A run that fails
   * appends nothing. Runs on one session take turns: the session's `lock()`, or a lock in this process.
   * @see docs/sessions.md
   */
  session?: Session;
  /** Merges the session's history with this run's input; overrides the runner's {@link RunConfig.sessionInputCallback}. */
  sessionInputCallback?: SessionInputCallback;
  /** Overrides the runner's {@link RunConfig.sessionSettings} for this run. */
  sessionSettings?: SessionSettings;
  /** Overrides the runner's {@link RunConfig.toolExecution} for this run. */
  toolExecution?: ToolExecutionConfig;
  /** Overrides the runner's {@link RunConfig.inputGuardrailStreaming} for this run. */
  inputGuardrailStreaming?: RunConfig['inputGuardrailStreaming'];
  /** Overrides the runner's {@link RunConfig.outputGuardrailStreaming} for this run. */
  outputGuardrailStreaming?: RunConfig['outputGuardrailStreaming'];
  /** Overrides the runner's {@link RunConfig.toolNotFoundBehavior} for this run. */
  toolNotFoundBehavior?: RunConfig['toolNotFoundBehavior'];
  /**
   * Turns some errors into a final output instead (the `@openai/agents` option): `maxTurns`, `modelRefusal`,
   * `invalidFinalOutput`, or a `default` for all three. A handler that returns nothing lets the error stand.
   */
  errorHandlers?: RunErrorHandlers<TContext>;
  /**
   * Runs each model call and tool invocation of the run (see {@link StepRunner}). For durable-execution adapters,
   * which journal those steps; the default calls each step directly.
   */
  stepRunner?: StepRunner;
  /** Overrides the runner's {@link RunConfig.tracing} for this run. */
  tracing?: TracingConfig;
  /** Overrides the runner's {@link RunConfig.budget} for this run. */
  budget?: RunBudget;
  /**
   * With `stream`, the stream carries the events of agent tools' nested runs too (Baton only): their raw model
   * events, run items, agent updates and tool progress, recursively, each tagged with an `origin` (the path of
   * agent-tool calls down to it). Default `false`: only the run's own events, as in `@openai/agents`.
   * @see docs/nested-streaming.md
   */
  nestedEvents?: boolean;
  /** @internal Set by an agent tool on its nested run: where that run streams. */
  nested?: NestedStream;
}

/** @internal Run options and runner settings of `@openai/agents` that Baton has not built yet, with the feature each needs. */
export const UNBUILT_RUN_OPTIONS: Readonly<Record<string, string>> = {
  callModelInputFilter: 'model input filters',
  toolErrorFormatter: 'tool error formatters',
  outputGuardrailBlockedMessage:
    'blocked-output messages for streamed output guardrails',
  reasoningItemIdPolicy: 'reasoning item id policies',
  sandbox: 'sandboxes',
  toolNameCollisionPolicy: 'tool name collision policies',
};

/** @internal The settings a run works with, defaults filled in. */
export interface ResolvedRunConfig extends RunConfig {
  maxTurns: number;
  workflowName: string;
  unknownToolBehavior: 'return_error' | 'throw';
  streamRetries: number;
  /** `modelRateLimits`, each a limiter. */
  rateLimiters?: Record<string, RateLimiter>;
}

/** @internal Fills in defaults and folds the `@openai/agents` spellings into Baton's. */
export function resolveRunConfig(
  config: RunConfig,
  overrides?: Pick<
    RunOptions,
    | 'toolExecution'
    | 'toolNotFoundBehavior'
    | 'inputGuardrailStreaming'
    | 'outputGuardrailStreaming'
    | 'budget'
  >,
): ResolvedRunConfig {
  const outputGuardrailStreaming =
    overrides?.outputGuardrailStreaming ?? config.outputGuardrailStreaming;
  checkOutputGuardrailStreaming(outputGuardrailStreaming);
  const toolExecution = overrides?.toolExecution ?? config.toolExecution;
  const notFound =
    overrides?.toolNotFoundBehavior ?? config.toolNotFoundBehavior;
  return {
    ...config,
    maxTurns: config.maxTurns ?? 10,
    workflowName: config.workflowName ?? 'Agent workflow',
    toolConcurrency:
      (overrides?.toolExecution ? undefined : config.toolConcurrency) ??
      toolExecution?.maxFunctionToolConcurrency ??
      undefined,
    unknownToolBehavior:
      (notFound === undefined
        ? config.unknownToolBehavior
        : notFound === 'raise_error'
          ? 'throw'
          : 'return_error') ?? 'return_error',
    streamRetries: config.streamRetries ?? 2,
    inputGuardrailStreaming:
      overrides?.inputGuardrailStreaming ?? config.inputGuardrailStreaming,
    outputGuardrailStreaming,
    budget: overrides?.budget ?? config.budget,
    rateLimiters:
      (config as Partial<ResolvedRunConfig>).rateLimiters ??
      resolveRateLimiters(config.modelRateLimits),
  };
}

function checkOutputGuardrailStreaming(
  mode: OutputGuardrailStreaming | undefined,
): void {
  if (mode === undefined || mode === 'immediate' || mode === 'buffered') return;
  const every =
    typeof mode === 'object' && mode !== null
      ? mode.checkpointEvery
      : undefined;
  if (Number.isInteger(every) && every! > 0) return;
  throw new UserError(
    `outputGuardrailStreaming must be 'immediate', 'buffered' or { checkpointEvery: n } with n a positive integer; got ${JSON.stringify(mode)}.`,
  );
}
