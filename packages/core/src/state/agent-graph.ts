import type { Agent } from '../agent/agent.js';
import { agentToolSource } from '../agent/agent-tool-source.js';
import {
  RunStateError,
  UnknownAgentError,
} from '../errors/run-state-errors.js';

/**
 * The agents reachable from `start` through handoffs and agent tools (recursively; cycles are followed once), by name. A restored
 * state names its agents; this is how a name becomes an agent again in another process.
 * @internal
 */
export class AgentGraph {
  readonly #byName = new Map<string, Agent<any, any>>();
  readonly #duplicates = new Set<string>();

  constructor(start: Agent<any, any>) {
    const seen = new Set<Agent<any, any>>();
    const queue: Agent<any, any>[] = [start];
    for (let agent = queue.shift(); agent; agent = queue.shift()) {
      if (seen.has(agent)) continue;
      seen.add(agent);
      const known = this.#byName.get(agent.name);
      if (known && known !== agent) this.#duplicates.add(agent.name);
      else this.#byName.set(agent.name, agent);
      for (const handoff of agent.handoffObjects) queue.push(handoff.agent);
      // A nested run's approval item names its agent, which only an agent tool leads to.
      for (const tool of agent.tools) {
        const source = agentToolSource(tool);
        if (source) queue.push(source);
      }
    }
  }

  /** The names of every reachable agent, in the order they were found. */
  get names(): string[] {
    return [...this.#byName.keys()];
  }

  /** The agent named `name`; throws when none is reachable, or when two different agents share the name. */
  resolve(name: string): Agent<any, any> {
    if (this.#duplicates.has(name))
      throw new RunStateError(
        `Two different agents reachable from the starting agent are named "${name}", so a run state cannot say ` +
          'which one it means. Give agents unique names.',
      );
    const agent = this.#byName.get(name);
    if (agent) return agent;
    throw new UnknownAgentError(
      `The run state refers to agent "${name}", which is not reachable from the agent given to ` +
        `RunState.fromString (known: ${this.names.map((known) => `"${known}"`).join(', ')}). Pass the run's ` +
        'starting agent, or make the missing agent one of its handoffs or agent tools.',
      { agentName: name, knownAgents: this.names },
    );
  }
}
