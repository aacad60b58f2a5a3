import type { RunContext } from '../context/run-context.js';
import type { Handoff } from '../handoffs/handoff.js';
import type { Prompt } from '../model/model.js';
import type { Tool } from '../tools/tool.js';
import type { Agent } from './agent.js';

type OfferMethods = Pick<
  Agent<any, any>,
  'getAllTools' | 'getMcpTools' | 'getEnabledHandoffs' | 'getPrompt'
>;

// Agent's own methods, handed over by agent.ts (importing Agent here would close an import cycle through the loop).
let own: OfferMethods | undefined;

/** Records Agent's own methods, so an agent whose methods are overridden is asked through them. @internal */
export function registerAgentMethods(methods: OfferMethods): void {
  own = methods;
}

/**
 * What `agent.getAllTools(runContext)` resolves with, without a promise when nothing in it can wait: no MCP server,
 * no `isEnabled` function, and the methods are Agent's own. Otherwise the promise of `getAllTools` itself.
 * Every turn asks, and most agents offer a fixed list.
 * @internal
 */
export function toolsOffered<TContext>(
  agent: Agent<TContext, any>,
  runContext: RunContext<TContext>,
): Tool<TContext>[] | Promise<Tool<TContext>[]> {
  if (
    agent.mcpServers.length > 0 ||
    agent.getAllTools !== own?.getAllTools ||
    agent.getMcpTools !== own.getMcpTools
  )
    return agent.getAllTools(runContext);
  const enabled: Tool<TContext>[] = [];
  for (const candidate of agent.tools) {
    if (candidate.type !== 'function') enabled.push(candidate);
    else if (typeof candidate.isEnabled === 'function')
      return agent.getAllTools(runContext);
    else if (candidate.isEnabled ?? true) enabled.push(candidate);
  }
  return enabled;
}

/**
 * What `agent.getEnabledHandoffs(runContext)` resolves with, without a promise when no handoff has an `isEnabled`
 * function and the method is Agent's own; otherwise its promise.
 * @internal
 */
export function handoffsOffered<TContext>(
  agent: Agent<TContext, any>,
  runContext: RunContext<TContext>,
): Handoff<any, any>[] | Promise<Handoff<any, any>[]> {
  if (agent.getEnabledHandoffs !== own?.getEnabledHandoffs)
    return agent.getEnabledHandoffs(runContext);
  const enabled: Handoff<any, any>[] = [];
  for (const target of agent.handoffObjects) {
    if (typeof target.isEnabled === 'function')
      return agent.getEnabledHandoffs(runContext);
    if (target.isEnabled ?? true) enabled.push(target);
  }
  return enabled;
}

/** What `agent.getPrompt(runContext)` resolves with, without a promise unless `prompt` is a function. @internal */
export function promptOffered<TContext>(
  agent: Agent<TContext, any>,
  runContext: RunContext<TContext>,
): Prompt | undefined | Promise<Prompt | undefined> {
  return typeof agent.prompt === 'function' ||
    agent.getPrompt !== own?.getPrompt
    ? agent.getPrompt(runContext)
    : agent.prompt;
}
