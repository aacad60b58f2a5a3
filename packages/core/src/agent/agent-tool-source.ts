import type { Agent } from './agent.js';

const sources = new WeakMap<object, Agent<any, any>>();

/** Records which agent an agent tool runs. @internal */
export function registerAgentToolSource(
  tool: object,
  agent: Agent<any, any>,
): void {
  sources.set(tool, agent);
}

/** The agent a tool runs, when it was made by `agent.asTool()`; a restored run state finds sub-agents by it. @internal */
export function agentToolSource(tool: object): Agent<any, any> | undefined {
  return sources.get(tool);
}
