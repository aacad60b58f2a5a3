import { RunContext } from '../context/run-context.js';
import { UserError } from '../errors/errors.js';
import type { RunResult } from '../run/result.js';
import type { RunConfig, RunOptions } from '../run/run-config.js';
import { RunState } from '../state/run-state.js';
import { nestedStream } from '../streaming/nested-stream.js';
import {
  tool,
  type FunctionTool,
  type IsEnabledOption,
  type ToolApprovalFunction,
  type ToolCallDetails,
  type ToolInput,
} from '../tools/function-tool.js';
import type { SchemaInput } from '../tools/tool-schema.js';
import { toolCallScope } from '../tools/tool-call-scope.js';
import { toFunctionToolName } from '../tools/to-function-tool-name.js';
import type { JsonObjectSchema } from '../model/model.js';
import type { Agent } from './agent.js';
import {
  AGENT_TOOL_INPUT_SCHEMA,
  agentToolInput,
  type AgentToolInputBuilder,
} from './agent-tool-input.js';
import {
  AgentToolListeners,
  type AgentToolEventHandler,
  type AgentToolEventName,
} from './agent-tool-listeners.js';
import { AgentToolRunners } from './agent-tool-runner.js';
import { registerAgentToolSource } from './agent-tool-source.js';

/** The default input schema of an agent tool: `{ input: string }`. */
export type AgentToolDefaultParameters = JsonObjectSchema;

/** Which call of an agent tool a nested run answered. */
export interface AgentToolInvocation {
  /** The tool's name. */
  readonly toolName: string;
  /** The call's `call_id`. */
  readonly toolCallId?: string;
  /** The call's arguments, as the model sent them. */
  readonly toolArguments?: string;
}

/** Options of `agent.asTool()`. */
export interface AgentToolOptions<
  TContext = unknown,
  TAgent extends Agent<any, any> = Agent<any, any>,
  TParameters extends SchemaInput = AgentToolDefaultParameters,
> {
  /** The name the model calls the tool by. Default: the agent's name, made safe (`Spanish agent` → `Spanish_agent`). */
  toolName?: string;
  /** What the tool does and when to use it; the model reads this. Default: empty. */
  toolDescription?: string;
  /**
   * Makes the tool's result from the finished nested run. Default: the final output (text as it is, a structured
   * output as JSON), or empty text when the nested run stopped for approvals.
   */
  customOutputExtractor?: (
    result: RunResult<TContext, TAgent> & {
      agentToolInvocation: AgentToolInvocation;
    },
  ) => string | Promise<string>;
  /** Ask a person before the agent runs, as `tool()`'s `needsApproval` does (`true`, or a function of the arguments). */
  needsApproval?: boolean | ToolApprovalFunction<TParameters, TContext>;
  /** The tool's input schema (zod, Standard Schema or JSON schema). Default `{ input: string }`. */
  parameters?: TParameters;
  /** Builds the nested run's input from the parsed arguments. Default: see `docs/agents-as-tools.md`. */
  inputBuilder?: AgentToolInputBuilder<ToolInput<TParameters>>;
  /** With `parameters`: give the nested agent the input JSON schema beside the arguments. Default `false`. */
  includeInputSchema?: boolean;
  /** Settings of the nested runs' runner, over those passed on from the calling run (provider, model, ...). */
  runConfig?: Partial<RunConfig>;
  /**
   * Options of each nested run (`maxTurns`, `context`, `signal`, ...). Without `context`, the nested run shares the
   * calling run's context: the same object, usage and approval decisions.
   */
  runOptions?: Omit<RunOptions<TContext>, 'stream' | 'nested'>;
  /** Offer the tool only when this is (or returns) true, as `tool()`'s `isEnabled`. Default `true`. */
  isEnabled?: IsEnabledOption<TContext>;
  /** Receives every event of each nested run, as it happens (the nested run then streams its model calls). */
  onStream?: AgentToolEventHandler<TAgent>;
  /**
   * How many handler promises may be unsettled at once before the nested run is stopped and the call fails (its
   * error goes to the model). Default 1024; `null` for no limit.
   */
  onStreamMaxPendingEvents?: number | null;
  /** The Agents SDK's context strategy on resume. Baton always shares the calling run's context: only `'merge'`. */
  resumeState?: { contextStrategy?: 'merge' | 'replace' | 'preferSerialized' };
}

/** A function tool that runs an agent; `on(name, handler)` listens to its nested runs' events. */
export type AgentTool<
  TContext = unknown,
  TAgent extends Agent<any, any> = Agent<any, any>,
  TParameters extends SchemaInput = AgentToolDefaultParameters,
> = FunctionTool<TContext, TParameters, string> & {
  /** Adds a handler for one event type of the nested runs (`'*'`: all); returns the tool. */
  on(
    name: AgentToolEventName,
    handler: AgentToolEventHandler<TAgent>,
  ): AgentTool<TContext, TAgent, TParameters>;
};

/**
 * Makes `agent` a function tool (what `agent.asTool()` returns): each call runs the agent as a nested run inside the
 * calling run, with its context, signal and trace (under the call's span); its usage counts in the caller's, its
 * approvals stop the caller, and with `nestedEvents` its events reach the caller's stream.
 * @internal
 */
export function agentAsTool<
  TContext,
  TAgent extends Agent<any, any>,
  TParameters extends SchemaInput,
>(
  agent: TAgent,
  options: AgentToolOptions<TContext, TAgent, TParameters>,
): AgentTool<TContext, TAgent, TParameters> {
  const maxPending = options.onStreamMaxPendingEvents ?? 1024;
  if (
    options.onStreamMaxPendingEvents !== null &&
    !(Number.isSafeInteger(maxPending) && maxPending > 0)
  )
    throw new UserError(
      'onStreamMaxPendingEvents must be a positive safe integer or null.',
    );
  const strategy = options.resumeState?.contextStrategy ?? 'merge';
  if (strategy !== 'merge')
    throw new UserError(
      `Agent tool of "${agent.name}": resumeState.contextStrategy '${strategy}' is not built in Baton; a resumed ` +
        "nested run always shares the calling run's context ('merge'). Leave it out.",
    );
  const listeners = new AgentToolListeners(
    options.onStream as AgentToolEventHandler | undefined,
    options.onStreamMaxPendingEvents === null ? null : maxPending,
  );
  const runners = new AgentToolRunners(options.runConfig);
  const structured = options.parameters !== undefined;
  const created = tool({
    name: options.toolName ?? toFunctionToolName(agent.name, 'Agent tool'),
    description: options.toolDescription ?? '',
    parameters: (options.parameters ?? AGENT_TOOL_INPUT_SCHEMA) as TParameters,
    strict: true,
    needsApproval: options.needsApproval,
    isEnabled: options.isEnabled,
    execute: (params, runContext, details) =>
      runAgentTool({ params, runContext, details }),
  }) as AgentTool<TContext, TAgent, TParameters>;

  async function runAgentTool(call: {
    params: unknown;
    runContext: RunContext<TContext>;
    details: ToolCallDetails;
  }): Promise<string> {
    const { runContext, details } = call;
    const scope = toolCallScope(details);
    const input = await agentToolInput({
      params: call.params,
      structured,
      inputBuilder: options.inputBuilder,
      ...(options.includeInputSchema &&
        structured && {
          jsonSchema: (await created.definition()).parameters,
        }),
    });
    const overflow = new AbortController();
    const listening = listeners.any
      ? listeners.forRun({
          agent,
          toolCall: details.toolCall,
          overflow: (error) => overflow.abort(error),
        })
      : undefined;
    const nested = nestedStream({
      root: scope?.root ?? inactiveSink,
      parentOrigin: scope?.origin,
      entry: {
        toolCallId: details.toolCall.call_id,
        toolName: created.name,
        agentName: agent.name,
      },
      forward: scope?.nestedEvents ?? false,
      listener: listening?.listener,
    });
    const ownContext = options.runOptions?.context;
    const context =
      ownContext === undefined
        ? runContext
        : ownContext instanceof RunContext
          ? ownContext
          : new RunContext(ownContext as TContext);
    const pending = scope?.pending;
    const resumed =
      pending === undefined
        ? undefined
        : pending instanceof RunState
          ? pending
          : await RunState.fromString(agent, JSON.stringify(pending), {
              runContext: context,
            });
    const signals = [details.signal, overflow.signal];
    if (options.runOptions?.signal) signals.push(options.runOptions.signal);
    const result = await runners
      .for(scope?.config)
      .run(agent, resumed ?? input, {
        ...options.runOptions,
        context,
        signal: AbortSignal.any(signals),
        nested: nested.sink.active ? nested : undefined,
        stream: false,
      });
    await listening?.settled();
    if (context !== runContext) runContext.usage.add(result.usage.toJSON());
    if (result.interruptions.length > 0 && scope)
      scope.suspended = result.state;
    if (options.customOutputExtractor)
      return options.customOutputExtractor(
        Object.assign(result as RunResult<TContext, TAgent>, {
          agentToolInvocation: {
            toolName: created.name,
            toolCallId: details.toolCall.call_id,
            toolArguments: details.toolCall.arguments,
          },
        }),
      );
    return outputText(result, agent);
  }

  created.on = (name, handler) => {
    listeners.add(name, handler as AgentToolEventHandler);
    return created;
  };
  registerAgentToolSource(created, agent);
  return created;
}

const inactiveSink = { active: false, emit() {} };

function outputText(result: RunResult<any, any>, agent: Agent<any, any>) {
  if (result.interruptions.length > 0) return '';
  const output: unknown = result.finalOutput;
  if (output === undefined) return '';
  return agent.outputType === 'text' || typeof output === 'string'
    ? String(output)
    : JSON.stringify(output);
}
