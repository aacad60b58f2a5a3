import type { Agent } from '../agent/agent.js';
import { resolveInstructions } from '../agent/instructions.js';
import { MaxTurnsExceededError } from '../errors/errors.js';
import type { Handoff } from '../handoffs/handoff.js';
import type { Model, ModelRequest, ToolDefinition } from '../model/model.js';
import { mergeModelSettings, type ModelSettings } from '../model/settings.js';
import type { FunctionTool } from '../tools/function-tool.js';
import type { HostedTool } from '../tools/hosted-tool.js';
import {
  computerToolDefinition,
  type ComputerTool,
} from '../computer/computer-tool.js';
import type { RunState } from '../state/run-state.js';
import { modelOf } from './resolve-model.js';
import {
  handoffsOffered,
  promptOffered,
  toolsOffered,
} from '../agent/turn-offer.js';
import { builtDefinition } from '../tools/function-tool.js';
import type { ResolvedRunConfig } from './run-config.js';

/** One turn, ready to send: the request and the lookup tables for what the model may call back. @internal */
export interface Turn {
  agent: Agent<any, any>;
  model: Model;
  request: Omit<ModelRequest, 'signal'>;
  functionTools: Map<string, FunctionTool<any, any, any>>;
  handoffs: Map<string, Handoff<any, any>>;
  /** The agent's computer tool, which answers the model's `computer_call` items. */
  computerTool?: ComputerTool<any>;
  /** The hosted tools offered, for the provider's approval requests (hosted MCP) to find theirs. */
  hostedTools: HostedTool[];
}

/**
 * Gets a started turn ready: checks it against `maxTurns`, then gathers instructions, enabled tools and handoffs,
 * settings, output format and input for the model call.
 * @internal
 */
export async function prepareTurn(
  state: RunState<any, any>,
  config: ResolvedRunConfig,
): Promise<Turn> {
  if (state.currentTurn > state.maxTurns) {
    throw new MaxTurnsExceededError(
      `The run reached maxTurns (${state.maxTurns}) without a final output. Raise maxTurns, or check why the agents keep calling tools.`,
      { state },
    );
  }
  const agent: Agent<any, any> = state.currentAgent;
  const runContext = state.context;
  // Started together, as one `Promise.all` would; awaited only as far as they are promises. The model usually is
  // one (providers resolve names asynchronously), the rest only when the agent computes them.
  const model = modelOf(agent, config);
  const rest = [
    typeof agent.instructions === 'function'
      ? resolveInstructions(agent, runContext)
      : agent.instructions || undefined,
    toolsOffered(agent, runContext),
    handoffsOffered(agent, runContext),
    agent.outputSchema().knownFormat ?? agent.outputSchema().format(),
    promptOffered(agent, runContext),
  ] as const;
  const [
    resolvedModel,
    systemInstructions,
    enabledTools,
    enabledHandoffs,
    outputFormat,
    prompt,
  ] = rest.some(isPromise)
    ? // eslint-disable-next-line @typescript-eslint/await-thenable -- the rule misreads the tuple of `T | Promise<T>`
      await Promise.all([model, ...rest] as const)
    : ([isPromise(model) ? await model : model, ...rest] as Settled<
        [Model, ...typeof rest]
      >);
  const functionTools = new Map<string, FunctionTool<any, any, any>>();
  const handoffs = new Map<string, Handoff<any, any>>();
  const tools: ToolDefinition[] = [];
  const hostedTools: HostedTool[] = [];
  let computerTool: ComputerTool<any> | undefined;
  for (const item of enabledTools) {
    if (item.type === 'computer') {
      computerTool ??= item;
      tools.push(computerToolDefinition(item));
    } else if (item.type === 'hosted_tool') {
      hostedTools.push(item);
      tools.push({
        type: 'hosted_tool',
        name: item.name,
        providerData: item.providerData,
        ...(item.include && { include: item.include }),
      });
    } else {
      functionTools.set(item.name, item);
      tools.push(builtDefinition(item) ?? (await item.definition()));
    }
  }
  for (const target of enabledHandoffs) {
    handoffs.set(target.toolName, target);
    tools.push(target.builtDefinition ?? (await target.definition()));
  }
  return {
    agent,
    model: resolvedModel,
    functionTools,
    handoffs,
    hostedTools,
    ...(computerTool && { computerTool }),
    request: {
      systemInstructions,
      input: state.turnInput(),
      modelSettings: turnSettings(agent, state, config.modelSettings),
      tools,
      outputFormat,
      ...(prompt && { prompt }),
      previousResponseId: state.previousResponseId,
      conversationId: state.conversationId,
    },
  };
}

function turnSettings(
  agent: Agent<any, any>,
  state: RunState<any, any>,
  runner?: ModelSettings,
): ModelSettings {
  const settings = mergeModelSettings(runner, agent.modelSettings);
  // A forced tool choice would make the model call tools forever once it has seen their results.
  if (
    agent.resetToolChoice &&
    settings.toolChoice !== undefined &&
    settings.toolChoice !== 'none' &&
    state.agentsThatUsedTools.has(agent.name)
  ) {
    return { ...settings, toolChoice: undefined };
  }
  return settings;
}

type Settled<T extends readonly unknown[]> = {
  -readonly [K in keyof T]: Awaited<T[K]>;
};

function isPromise(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}
