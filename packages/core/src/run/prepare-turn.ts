import type { Agent } from '../agent/agent.js';
import { resolveInstructions } from '../agent/instructions.js';
import { MaxTurnsExceededError } from '../errors/errors.js';
import type { Handoff } from '../handoffs/handoff.js';
import type {
  Model,
  ModelRequest,
  OutputFormat,
  Prompt,
  ToolDefinition,
} from '../model/model.js';
import { mergeModelSettings, type ModelSettings } from '../model/settings.js';
import type { FunctionTool } from '../tools/function-tool.js';
import type { HostedTool } from '../tools/hosted-tool.js';
import type { Tool } from '../tools/tool.js';
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
import { isPromise, type MaybePromise } from './is-promise.js';

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
 * settings, output format and input for the model call. The turn comes back as it is when none of that has to be
 * waited for (the usual case: fixed instructions and tools, a model resolved on an earlier turn), else as a promise.
 * @internal
 */
export function prepareTurn(
  state: RunState<any, any>,
  config: ResolvedRunConfig,
): MaybePromise<Turn> {
  if (state.currentTurn > state.maxTurns) {
    throw new MaxTurnsExceededError(
      `The run reached maxTurns (${state.maxTurns}) without a final output. Raise maxTurns, or check why the agents keep calling tools.`,
      { state },
    );
  }
  const agent: Agent<any, any> = state.currentAgent;
  const runContext = state.context;
  // Started together, as one `Promise.all` would; awaited only as far as they are promises. The model is one until
  // its provider's promise has resolved once; the rest only when the agent computes them.
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
  if (rest.some(isPromise))
    // eslint-disable-next-line @typescript-eslint/await-thenable -- the rule misreads the tuple of `T | Promise<T>`
    return Promise.all([model, ...rest] as const).then((offer) =>
      assembleTurn(state, config, agent, offer),
    );
  if (isPromise(model))
    return model.then((resolved) =>
      assembleTurn(state, config, agent, [resolved, ...rest] as Offer),
    );
  return assembleTurn(state, config, agent, [model, ...rest] as Offer);
}

/** What an agent offers for a turn, every lookup settled. */
type Offer = [
  Model,
  string | undefined,
  Tool<any>[],
  Handoff<any, any>[],
  OutputFormat,
  Prompt | undefined,
];

function assembleTurn(
  state: RunState<any, any>,
  config: ResolvedRunConfig,
  agent: Agent<any, any>,
  offer: Offer,
): MaybePromise<Turn> {
  const [model, , enabledTools, enabledHandoffs] = offer;
  const functionTools = new Map<string, FunctionTool<any, any, any>>();
  const handoffs = new Map<string, Handoff<any, any>>();
  const tools: ToolDefinition[] = [];
  const hostedTools: HostedTool[] = [];
  // Definitions not built yet (a schema converted on first use), by their place in `tools`: awaited in order.
  let unbuilt: Array<[number, () => Promise<ToolDefinition>]> | undefined;
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
      const built = builtDefinition(item);
      if (!built)
        (unbuilt ??= []).push([tools.length, () => item.definition()]);
      tools.push(built!);
    }
  }
  for (const target of enabledHandoffs) {
    handoffs.set(target.toolName, target);
    const built = target.builtDefinition;
    if (!built)
      (unbuilt ??= []).push([tools.length, () => target.definition()]);
    tools.push(built!);
  }
  const turn: Turn = {
    agent,
    model,
    functionTools,
    handoffs,
    hostedTools,
    request: undefined as never,
  };
  if (computerTool) turn.computerTool = computerTool;
  if (!unbuilt) return withRequest(turn, state, config, offer, tools);
  const pending = unbuilt;
  return (async () => {
    for (const [index, definition] of pending)
      tools[index] = await definition();
    return withRequest(turn, state, config, offer, tools);
  })();
}

/** The turn's request, made once its tools' definitions are all there. */
function withRequest(
  turn: Turn,
  state: RunState<any, any>,
  config: ResolvedRunConfig,
  offer: Offer,
  tools: ToolDefinition[],
): Turn {
  const [, systemInstructions, , , outputFormat, prompt] = offer;
  const request: Turn['request'] = {
    systemInstructions,
    input: state.turnInput(),
    modelSettings: turnSettings(turn.agent, state, config.modelSettings),
    tools,
    outputFormat,
  };
  if (prompt) request.prompt = prompt;
  request.previousResponseId = state.previousResponseId;
  request.conversationId = state.conversationId;
  turn.request = request;
  return turn;
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
