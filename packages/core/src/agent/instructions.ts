import type { RunContext } from '../context/run-context.js';
import type { Agent } from './agent.js';

/** An agent's instructions: fixed text, or a function of the run's context and the agent. */
export type Instructions<TContext = unknown> =
  | string
  | ((
      runContext: RunContext<TContext>,
      agent: Agent<TContext, any>,
    ) => string | Promise<string>);

/** Resolves instructions for one turn. @internal */
export async function resolveInstructions<TContext>(
  agent: Agent<TContext, any>,
  runContext: RunContext<TContext>,
): Promise<string | undefined> {
  const { instructions } = agent;
  if (typeof instructions === 'function')
    return await instructions(runContext, agent);
  return instructions || undefined;
}
