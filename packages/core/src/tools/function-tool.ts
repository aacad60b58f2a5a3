import type { Agent } from '../agent/agent.js';
import type { RunContext } from '../context/run-context.js';
import { UserError } from '../errors/errors.js';
import type {
  ToolInputGuardrailDefinition,
  ToolOutputGuardrailDefinition,
} from '../guardrails/tool-guardrail.js';
import { rejectUnbuiltOptions } from '../errors/reject-unbuilt-options.js';
import type { FunctionCallItem } from '../items/items.js';
import type {
  FunctionToolDefinition,
  JsonObjectSchema,
} from '../model/model.js';
import type { InferSchemaOutput } from './standard-schema.js';
import { ToolSchema, type SchemaInput } from './tool-schema.js';
import { toIsEnabled } from './evaluate-is-enabled.js';
import { invokeFunctionTool } from './invoke-function-tool.js';
import { toFunctionToolName } from './to-function-tool-name.js';

/** What `execute` receives: the schema's output type (zod, Standard Schema), or a plain object for a JSON schema. */
export type ToolInput<TParameters> = InferSchemaOutput<TParameters>;

/** Extra information for a tool's `execute`. */
export interface ToolCallDetails {
  /** The model's call, as it came. */
  toolCall: FunctionCallItem;
  /** Aborted when the run is aborted or the tool's timeout passes; pass it on to fetch and the like. */
  signal: AbortSignal;
  /**
   * Reports progress while the tool runs (Baton only): `data` reaches a streamed run as a
   * `tool_progress_stream_event` and the call's trace span as an event. Does nothing when nobody listens.
   * @see docs/nested-streaming.md
   */
  emit: (data: unknown) => void;
}

/** Decides whether one call of a tool needs a person's approval before it runs. */
export type ToolApprovalFunction<
  TParameters = SchemaInput,
  TContext = unknown,
> = (
  runContext: RunContext<TContext>,
  input: ToolInput<TParameters>,
  callId: string,
) => boolean | Promise<boolean>;

/** Turns a tool's failure into the text the model sees. */
export type ToolErrorFunction<TContext = unknown> = (
  runContext: RunContext<TContext>,
  error: unknown,
) => string | Promise<string>;

/**
 * What an `isEnabled` function receives first: the run context, which also carries `runContext` and `agent`, so
 * both `(runContext, agent) => ...` and the Agents SDK's `({ runContext, agent }) => ...` work.
 */
export type IsEnabledContext<TContext = unknown> = RunContext<TContext> & {
  /** The run context (the argument itself), for the Agents SDK's `({ runContext, agent })` form. */
  readonly runContext: RunContext<TContext>;
  /** The agent whose turn it is. */
  readonly agent: Agent<TContext, any>;
};

/** Whether a tool (or handoff) is offered to the model on this turn, as `tool()` and `handoff()` take it. */
export type IsEnabledOption<TContext = unknown> =
  | boolean
  | ((
      runContext: IsEnabledContext<TContext>,
      agent: Agent<TContext, any>,
    ) => boolean | Promise<boolean>);

/** Whether a tool (or handoff) is offered to the model on this turn, as a created tool or handoff holds it. */
export type IsEnabled<TContext = unknown> =
  | boolean
  | ((
      runContext: RunContext<TContext>,
      agent: Agent<TContext, any>,
    ) => boolean | Promise<boolean>);

/** Options of {@link tool}. */
export interface ToolOptions<
  TParameters extends SchemaInput,
  TContext = unknown,
  TResult = unknown,
> {
  /**
   * The name the model calls the tool by. Defaults to `execute`'s function name. As in the Agents SDK, every
   * character but ASCII letters and digits becomes `_` (`get weather` is sent as `get_weather`).
   */
  name?: string;
  /** What the tool does and when to use it; the model reads this. */
  description: string;
  /** The arguments: a zod 4 or zod 3 object schema, or a JSON schema of `"type": "object"`. */
  parameters: TParameters;
  /** Runs the tool. Whatever it returns is sent to the model (strings as they are, anything else as JSON). */
  execute: (
    input: ToolInput<TParameters>,
    runContext: RunContext<TContext>,
    details: ToolCallDetails,
  ) => TResult | Promise<TResult>;
  /** Ask the model to follow the schema exactly (OpenAI strict mode). Default `true`. */
  strict?: boolean;
  /**
   * What the model is told when `execute` throws or times out. Default: a short message with the error's text.
   * `null` makes the failure end the run with a `ToolCallError` instead.
   */
  errorFunction?: ToolErrorFunction<TContext> | null;
  /** Give up on `execute` after this many milliseconds (its `signal` is aborted). */
  timeoutMs?: number;
  /**
   * Offer the tool only when this is (or returns) true. Default `true`. A function is called with the run context
   * and the agent; `({ runContext, agent }) => ...`, the Agents SDK's form, works too.
   */
  isEnabled?: IsEnabledOption<TContext>;
  /**
   * Ask a person before a call runs. `true` asks for every call; a function decides per call from the run
   * context, the parsed arguments and the call id. A call that needs approval and has no decision yet stops the run
   * with an interruption (`result.interruptions`); `state.approve(item)` or `state.reject(item)` and then
   * `run(agent, state)` carry on. Default `false`.
   * @see docs/human-in-the-loop.md
   */
  needsApproval?: boolean | ToolApprovalFunction<TParameters, TContext>;
  /** Checks of each call's arguments before the tool runs (see `defineToolInputGuardrail`). */
  inputGuardrails?: Array<Omit<ToolInputGuardrailDefinition<TContext>, 'type'>>;
  /** Checks of what the tool returned before the model sees it (see `defineToolOutputGuardrail`). */
  outputGuardrails?: Array<
    Omit<ToolOutputGuardrailDefinition<TContext>, 'type'>
  >;
  /** A schema for the tool's result (Agents SDK). Not built in Baton yet: setting it throws a `UserError`. */
  outputSchema?: unknown;
  /**
   * What a timeout does (Agents SDK). `'error_as_result'` is what Baton does (the model is told); the SDK's
   * `'raise_exception'` is not built yet and throws a `UserError`. Use `errorFunction: null` to end the run instead.
   */
  timeoutBehavior?: 'error_as_result' | 'raise_exception';
  /** The SDK's formatter for timeout results. Not built in Baton yet (use `errorFunction`): setting it throws. */
  timeoutErrorFunction?: (...args: any[]) => unknown;
  /** Responses tool search's deferred loading (Agents SDK). Not built in Baton yet: `true` throws a `UserError`. */
  deferLoading?: boolean;
  /** Extra fields for the tool definition (Agents SDK). Not built in Baton yet: a non-empty object throws. */
  providerData?: Record<string, unknown>;
  /** Which callers may invoke the tool (Agents SDK). Not built in Baton yet: setting it throws a `UserError`. */
  allowedCallers?: unknown;
  /** Custom data on the tool's output item (Agents SDK). Not built in Baton yet: setting it throws a `UserError`. */
  customDataExtractor?: (...args: any[]) => unknown;
}

/** Options of the Agents SDK's `tool()` that need a feature Baton does not have yet. */
const UNBUILT_TOOL_OPTIONS = {
  outputSchema: 'tool output schemas',
  timeoutErrorFunction: 'timeout-specific error formatting',
  deferLoading: 'Responses tool search',
  providerData: 'provider data on tool definitions',
  allowedCallers: 'programmatic tool calling',
  customDataExtractor: 'custom data on tool output items',
} as const;

/** A function tool: a typed function the model can call. Create one with {@link tool}. */
export interface FunctionTool<
  TContext = unknown,
  TParameters extends SchemaInput = SchemaInput,
  TResult = unknown,
> {
  readonly type: 'function';
  /** The name the model calls it by. */
  readonly name: string;
  /** What the model is told the tool does. */
  readonly description: string;
  /** Whether the schema is sent in strict mode. */
  readonly strict: boolean;
  /** The JSON schema sent to the model (undefined for a zod 3 schema until the tool is first offered). */
  readonly parameters: JsonObjectSchema | undefined;
  /** The limit on `execute`, if any. */
  readonly timeoutMs?: number;
  /** See {@link ToolOptions.errorFunction}. */
  readonly errorFunction: ToolErrorFunction<TContext> | null | undefined;
  /** See {@link ToolOptions.isEnabled}. */
  readonly isEnabled: IsEnabled<TContext>;
  /** Whether a call needs a person's approval before it runs (see {@link ToolOptions.needsApproval}). */
  readonly needsApproval: ToolApprovalFunction<TParameters, TContext>;
  /** The user's `execute`, as given. */
  readonly execute: ToolOptions<TParameters, TContext, TResult>['execute'];
  /** See {@link ToolOptions.inputGuardrails}. */
  readonly inputGuardrails: ToolInputGuardrailDefinition<TContext>[];
  /** See {@link ToolOptions.outputGuardrails}. */
  readonly outputGuardrails: ToolOutputGuardrailDefinition<TContext>[];
  /** @internal */
  readonly schema: ToolSchema;
  /** The tool as the model sees it. */
  definition(): Promise<FunctionToolDefinition>;
  /**
   * Runs the tool on a JSON argument string, as a run would (see {@link invokeFunctionTool}): resolves with what
   * `execute` returned, or with the error text the model would read.
   */
  invoke(
    runContext: RunContext<TContext>,
    input: string,
    details?: Partial<ToolCallDetails>,
  ): Promise<TResult | string>;
}

/**
 * Defines a function tool from a schema and an `execute` function.
 *
 * Arguments the model sends that are not JSON, or that fail the schema, go back to the model as the tool's output
 * so it can correct itself; so does a throw or a timeout (unless `errorFunction` is `null`).
 *
 * @example
 * const getWeather = tool({
 *   name: 'get_weather',
 *   description: 'Current weather for a city',
 *   parameters: z.object({ city: z.string() }),
 *   execute: async ({ city }) => `Sunny in ${city}`,
 * });
 * @see docs/tools.md
 */
export function tool<
  TParameters extends SchemaInput,
  TContext = unknown,
  TResult = unknown,
>(
  options: ToolOptions<TParameters, TContext, TResult>,
): FunctionTool<TContext, TParameters, TResult> {
  const name = toFunctionToolName(options.name || options.execute.name || '');
  rejectUnbuiltOptions(`Tool "${name}"`, options, {
    ...UNBUILT_TOOL_OPTIONS,
    ...(options.timeoutBehavior === 'raise_exception'
      ? { timeoutBehavior: "the 'raise_exception' timeout behaviour" }
      : {}),
  });
  if (options.timeoutMs !== undefined && !(options.timeoutMs > 0)) {
    throw new UserError(
      `Tool "${name}": timeoutMs must be a positive number of milliseconds.`,
    );
  }
  const strict = options.strict ?? true;
  const schema = new ToolSchema(options.parameters, {
    strict,
    owner: `Tool "${name}"`,
  });
  let cached: FunctionToolDefinition | undefined;
  const definition = async (): Promise<FunctionToolDefinition> => {
    cached ??= {
      type: 'function',
      name,
      description: options.description,
      parameters: await schema.jsonSchema(`Tool "${name}"`),
      strict,
    };
    builtDefinitions.set(definition, cached);
    return cached;
  };
  const created: FunctionTool<TContext, TParameters, TResult> = {
    type: 'function',
    name,
    description: options.description,
    strict,
    get parameters() {
      return schema.known;
    },
    timeoutMs: options.timeoutMs,
    errorFunction: options.errorFunction,
    isEnabled: toIsEnabled(options.isEnabled),
    needsApproval: toApprovalFunction(options.needsApproval),
    execute: options.execute,
    inputGuardrails: (options.inputGuardrails ?? []).map((guardrail) => ({
      type: 'tool_input' as const,
      name: guardrail.name,
      run: guardrail.run,
    })),
    outputGuardrails: (options.outputGuardrails ?? []).map((guardrail) => ({
      type: 'tool_output' as const,
      name: guardrail.name,
      run: guardrail.run,
    })),
    schema,
    definition,
    invoke: (runContext, input, details) =>
      invokeFunctionTool({ tool: created, runContext, input, details }),
  };
  return created;
}

// What each `definition` function of `tool()`'s tools has built, so that a turn can offer the tool without
// awaiting it again. Keyed by the function: a copy of the tool shares it, a replaced one is not found.
const builtDefinitions = new WeakMap<object, FunctionToolDefinition>();

/** The definition `tool.definition()` has built and would resolve with again, if it is one of `tool()`'s. @internal */
export function builtDefinition(
  tool: FunctionTool<any, any, any>,
): FunctionToolDefinition | undefined {
  return builtDefinitions.get(tool.definition);
}

/** The `needsApproval` of a tool that never asks: the run skips parsing its arguments twice. @internal */
export const neverNeedsApproval = (): boolean => false;
const alwaysNeedsApproval = (): boolean => true;

function toApprovalFunction<TParameters, TContext>(
  option: boolean | ToolApprovalFunction<TParameters, TContext> | undefined,
): ToolApprovalFunction<TParameters, TContext> {
  if (typeof option === 'function') return option;
  return option === true ? alwaysNeedsApproval : neverNeedsApproval;
}
