import type { Agent } from '../agent/agent.js';
import type { RunContext } from '../context/run-context.js';
import type { IsEnabled } from './function-tool.js';

/** @internal Whether a tool or handoff is offered on this turn: its `isEnabled` flag, or what its function says. */
export async function evaluateIsEnabled<TContext>(
  flag: IsEnabled<TContext> | undefined,
  runContext: RunContext<TContext>,
  agent: Agent<TContext, any>,
): Promise<boolean> {
  if (typeof flag === 'function') return Boolean(await flag(runContext, agent));
  return flag ?? true;
}
