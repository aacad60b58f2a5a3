import type { Agent } from '../agent/agent.js';
import type { RunContext } from '../context/run-context.js';
import type { IsEnabled, IsEnabledOption } from './function-tool.js';

/** @internal Whether a tool or handoff is offered on this turn: its `isEnabled` flag, or what its function says. */
export async function evaluateIsEnabled<TContext>(
  flag: IsEnabled<TContext> | undefined,
  runContext: RunContext<TContext>,
  agent: Agent<TContext, any>,
): Promise<boolean> {
  if (typeof flag === 'function') return Boolean(await flag(runContext, agent));
  return flag ?? true;
}

/**
 * @internal The `isEnabled` a tool or handoff keeps: a flag as it is, a function called so that both Baton's
 * `(runContext, agent)` and the Agents SDK's `({ runContext, agent })` parameter lists read what they expect.
 */
export function toIsEnabled<TContext>(
  option: IsEnabledOption<TContext> | undefined,
): IsEnabled<TContext> {
  if (typeof option !== 'function') return option ?? true;
  return (runContext, agent) => {
    // The run context itself (through its prototype), also carrying `runContext` and `agent` for the SDK's form.
    const argument = Object.create(runContext, {
      runContext: { value: runContext },
      agent: { value: agent },
    }) as Parameters<typeof option>[0];
    return option(argument, agent);
  };
}
