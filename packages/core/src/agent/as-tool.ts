import { UserError } from '../errors/errors.js';
import type { RunResult } from '../run/result.js';
import type { RunConfig, RunOptions } from '../run/run-config.js';
import {
  tool,
  type FunctionTool,
  type IsEnabledOption,
  type ToolApprovalFunction,
  type ToolInput,
} from '../tools/function-tool.js';
import type { SchemaInput } from '../tools/tool-schema.js';
import { toFunctionToolName } from '../tools/to-function-tool-name.js';
import type { JsonObjectSchema } from '../model/model.js';
import type { Agent } from './agent.js';
import {
  AGENT_TOOL_INPUT_SCHEMA,
  type AgentToolInputBuilder,
} from './agent-tool-input.js';
import {
  AgentToolListeners,
  type AgentToolEventHandler,
  type AgentToolEventName,
} from './agent-tool-listeners.js';
import { AgentToolRunners } from './agent-tool-runner.js';
import { runAgentTool } from './run-agent-tool.js';
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
  const maxPending = checkOptions(agent, options);
  const listeners = new AgentToolListeners(
    options.onStream as AgentToolEventHandler | undefined,
    maxPending,
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
      runAgentTool(
        { agent, options, listeners, runners, structured, tool: created },
        { params, runContext, details },
      ),
  }) as AgentTool<TContext, TAgent, TParameters>;

  created.on = (name, handler) => {
    listeners.add(name, handler as AgentToolEventHandler);
    return created;
  };
  registerAgentToolSource(created, agent);
  return created;
}

/** The options that can be wrong, checked when the tool is made; returns the handlers' backlog limit. */
function checkOptions(
  agent: Agent<any, any>,
  options: AgentToolOptions<any, any, any>,
): number | null {
  const maxPending = options.onStreamMaxPendingEvents;
  if (maxPending === null) return null;
  if (
    maxPending !== undefined &&
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
  return maxPending ?? 1024;
}
