import type { Agent } from '../agent/agent.js';
import type { RunContext } from '../context/run-context.js';
import type { FunctionCallItem } from '../items/items.js';
import type { AgentInputItem } from '../items/items.js';
import type { Tool } from '../tools/tool.js';

/** What an agent emits while it runs (`agent.on('agent_start', ...)`), with the `@openai/agents` names. */
export type AgentHookEvents<TContext = unknown> = {
  /** The agent takes charge: at the start of the run, or after a handoff to it. */
  agent_start: [
    context: RunContext<TContext>,
    agent: Agent<TContext, any>,
    turnInput?: AgentInputItem[],
  ];
  /** The agent gave the run's final output. */
  agent_end: [context: RunContext<TContext>, output: unknown];
  /** The agent handed the conversation to `nextAgent`. */
  agent_handoff: [context: RunContext<TContext>, nextAgent: Agent<any, any>];
  /** One of the agent's function tools is about to run. */
  agent_tool_start: [
    context: RunContext<TContext>,
    tool: Tool<any>,
    details: { toolCall: FunctionCallItem },
  ];
  /** One of the agent's function tools has run; `result` is what the model is sent (JSON for content parts). */
  agent_tool_end: [
    context: RunContext<TContext>,
    tool: Tool<any>,
    result: string,
    details: { toolCall: FunctionCallItem },
  ];
};

/** What a runner emits for every agent of its runs (`runner.on('agent_handoff', ...)`). */
export type RunHookEvents<TContext = unknown> = {
  agent_start: [
    context: RunContext<TContext>,
    agent: Agent<TContext, any>,
    turnInput?: AgentInputItem[],
  ];
  agent_end: [
    context: RunContext<TContext>,
    agent: Agent<TContext, any>,
    output: unknown,
  ];
  agent_handoff: [
    context: RunContext<TContext>,
    fromAgent: Agent<any, any>,
    toAgent: Agent<any, any>,
  ];
  agent_tool_start: [
    context: RunContext<TContext>,
    agent: Agent<TContext, any>,
    tool: Tool<any>,
    details: { toolCall: FunctionCallItem },
  ];
  agent_tool_end: [
    context: RunContext<TContext>,
    agent: Agent<TContext, any>,
    tool: Tool<any>,
    result: string,
    details: { toolCall: FunctionCallItem },
  ];
};
