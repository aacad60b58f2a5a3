import type { Agent } from '../agent/agent.js';
import type { RunContext } from '../context/run-context.js';
import type { FunctionCallItem, AgentInputItem } from '../items/items.js';
import type { RunHooks } from '../lifecycle/hooks.js';
import { getLogger } from '../logging/get-logger.js';
import type { Tool } from '../tools/tool.js';
import { isTracedRun, traceLoopEvent } from '../tracing/trace-run.js';

/** Something the loop did that lifecycle hooks hear of. @internal */
export type LoopEvent =
  | { type: 'agent_start'; agent: Agent<any, any>; turnInput: AgentInputItem[] }
  | { type: 'agent_end'; agent: Agent<any, any>; output: unknown }
  | { type: 'agent_handoff'; from: Agent<any, any>; to: Agent<any, any> }
  | {
      type: 'agent_tool_start';
      agent: Agent<any, any>;
      tool: Tool<any>;
      toolCall: FunctionCallItem;
    }
  | {
      type: 'agent_tool_end';
      agent: Agent<any, any>;
      tool: Tool<any>;
      toolCall: FunctionCallItem;
      result: string;
    };

const logger = getLogger('baton:hooks');

/**
 * Whether anything hears of the loop's events about `agent`: the run's tracing, the runner's listeners or the
 * agent's. In most runs nothing does, and the loop then builds no event for {@link notifyHooks}.
 * @internal
 */
export function hooksListen(
  runner: RunHooks<any> | undefined,
  agent: Agent<any, any>,
): boolean {
  return isTracedRun() || runner?.mayHear === true || agent.mayHear;
}

/**
 * Tells the runner's and the agent's listeners, in that order (as `@openai/agents` does), what the loop did. Hooks
 * only observe: a listener that throws is reported on stderr and the run goes on. The run's tracing hears of it first.
 * @internal
 */
export function notifyHooks(
  runner: RunHooks<any> | undefined,
  context: RunContext<any>,
  event: LoopEvent,
): void {
  guard(() => traceLoopEvent(event));
  switch (event.type) {
    case 'agent_start':
      guard(() =>
        runner?.emit('agent_start', context, event.agent, event.turnInput),
      );
      guard(() =>
        event.agent.emit('agent_start', context, event.agent, event.turnInput),
      );
      return;
    case 'agent_end':
      guard(() =>
        runner?.emit('agent_end', context, event.agent, event.output),
      );
      guard(() => event.agent.emit('agent_end', context, event.output));
      return;
    case 'agent_handoff':
      guard(() => runner?.emit('agent_handoff', context, event.from, event.to));
      guard(() => event.from.emit('agent_handoff', context, event.to));
      return;
    case 'agent_tool_start': {
      const details = { toolCall: event.toolCall };
      guard(() =>
        runner?.emit(
          'agent_tool_start',
          context,
          event.agent,
          event.tool,
          details,
        ),
      );
      guard(() =>
        event.agent.emit('agent_tool_start', context, event.tool, details),
      );
      return;
    }
    case 'agent_tool_end': {
      const details = { toolCall: event.toolCall };
      guard(() =>
        runner?.emit(
          'agent_tool_end',
          context,
          event.agent,
          event.tool,
          event.result,
          details,
        ),
      );
      guard(() =>
        event.agent.emit(
          'agent_tool_end',
          context,
          event.tool,
          event.result,
          details,
        ),
      );
      return;
    }
  }
}

function guard(emit: () => unknown): void {
  try {
    emit();
  } catch (error) {
    logger.error(
      'A lifecycle hook listener threw; the run goes on without it.',
      error,
    );
  }
}
