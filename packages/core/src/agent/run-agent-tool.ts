import { RunContext } from '../context/run-context.js';
import type { RunResult } from '../run/result.js';
import { RunState } from '../state/run-state.js';
import { nestedStream } from '../streaming/nested-stream.js';
import type { FunctionTool, ToolCallDetails } from '../tools/function-tool.js';
import { toolCallScope } from '../tools/tool-call-scope.js';
import type { Agent } from './agent.js';
import { agentToolInput } from './agent-tool-input.js';
import type { AgentToolListeners } from './agent-tool-listeners.js';
import type { AgentToolRunners } from './agent-tool-runner.js';
import type { AgentToolOptions } from './as-tool.js';

/** What one agent tool is made of, as each of its calls needs it. @internal */
export interface AgentToolParts<TContext, TAgent extends Agent<any, any>> {
  agent: TAgent;
  options: AgentToolOptions<TContext, TAgent, any>;
  listeners: AgentToolListeners;
  runners: AgentToolRunners;
  /** Whether the tool has its own `parameters` (so its input is built from structured arguments). */
  structured: boolean;
  tool: FunctionTool<TContext, any, string>;
}

/**
 * One call of an agent tool: builds the nested run's input (or takes the nested run this call left waiting), runs
 * the agent inside the calling run (its context, the call's signal, a stream tagged with the call) and makes the
 * tool's output. A nested run that stops for approvals is handed to the calling run, which waits with it.
 * @internal
 */
export async function runAgentTool<TContext, TAgent extends Agent<any, any>>(
  parts: AgentToolParts<TContext, TAgent>,
  call: {
    params: unknown;
    runContext: RunContext<TContext>;
    details: ToolCallDetails;
  },
): Promise<string> {
  const { agent, options, listeners, runners, structured } = parts;
  const created = parts.tool;
  const { runContext, details } = call;
  const scope = toolCallScope(details);
  const input = await agentToolInput({
    params: call.params,
    structured,
    inputBuilder: options.inputBuilder,
    includeInputSchema: options.includeInputSchema,
    ...(structured && { schema: (await created.definition()).parameters }),
  });
  // Only handlers can overflow; a plain call's nested run is stopped by the call's signal alone.
  const overflow = listeners.any ? new AbortController() : undefined;
  const listening = overflow
    ? listeners.forRun({
        agent,
        toolCall: details.toolCall,
        overflow: (error) => overflow.abort(error),
      })
    : undefined;
  // A nested run whose events nobody reads gets no sink at all (and calls its model unstreamed).
  const read = listening || (scope?.nestedEvents && scope.root.active);
  const nested = read
    ? nestedStream({
        root: scope?.root ?? inactiveSink,
        parentOrigin: scope?.origin,
        entry: {
          toolCallId: details.toolCall.call_id,
          toolName: created.name,
          agentName: agent.name,
        },
        forward: scope?.nestedEvents ?? false,
        listener: listening?.listener,
      })
    : undefined;
  const context = contextOf(options.runOptions?.context, runContext);
  const resumed = await waitingRun(agent, scope?.pending, context);
  const signals = [details.signal];
  if (overflow) signals.push(overflow.signal);
  if (options.runOptions?.signal) signals.push(options.runOptions.signal);
  const result = await runners.for(scope?.config).run(agent, resumed ?? input, {
    ...options.runOptions,
    context,
    signal: signals.length === 1 ? details.signal : AbortSignal.any(signals),
    nested,
    stream: false,
  });
  await listening?.settled();
  if (context !== runContext) runContext.usage.add(result.usage.toJSON());
  if (result.interruptions.length > 0 && scope) scope.suspended = result.state;
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

/** The nested run's context: the caller's, unless `runOptions.context` gives one of its own. */
function contextOf<TContext>(
  own: unknown,
  caller: RunContext<TContext>,
): RunContext<TContext> {
  if (own === undefined) return caller;
  return own instanceof RunContext
    ? (own as RunContext<TContext>)
    : new RunContext(own as TContext);
}

/** The nested run this call left waiting, live or restored from the caller's saved state (with `context`). */
async function waitingRun(
  agent: Agent<any, any>,
  pending: RunState<any, any> | Record<string, unknown> | undefined,
  context: RunContext<any>,
): Promise<RunState<any, any> | undefined> {
  if (pending === undefined || pending instanceof RunState) return pending;
  return RunState.fromString(agent, JSON.stringify(pending), {
    runContext: context,
  });
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
