import type { RunContext } from '../context/run-context.js';
import type { RunToolCallOutputItem } from '../items/run-item.js';
import type { FunctionTool } from '../tools/function-tool.js';

/** One function tool's result, as tool-use behaviour functions see it (the `@openai/agents` shape). */
export interface FunctionToolResult<TContext = unknown> {
  readonly type: 'function_output';
  /** The tool that ran. */
  tool: FunctionTool<TContext, any, any>;
  /** What `execute` returned, or the error text the model was given when the tool failed. */
  output: unknown;
  /** The run item holding the output sent to the model. */
  runItem: RunToolCallOutputItem;
}

/**
 * What a tool-use behaviour function decides. `isInterrupted` is there so functions written for `@openai/agents`
 * (which spell out `isInterrupted: undefined`) type-check unchanged.
 */
export type ToolsToFinalOutputDecision =
  | { isFinalOutput: false; finalOutput?: undefined; isInterrupted?: undefined }
  | { isFinalOutput: true; finalOutput: unknown; isInterrupted?: undefined };

/** A function deciding whether the tools' results end the run, and with what output. */
export type ToolsToFinalOutputFunction<TContext = unknown> = (
  runContext: RunContext<TContext>,
  toolResults: FunctionToolResult<TContext>[],
) => ToolsToFinalOutputDecision | Promise<ToolsToFinalOutputDecision>;

/** What happens after an agent's function tools have run. */
export type ToolUseBehavior<TContext = unknown> =
  | 'run_llm_again'
  | 'stop_on_first_tool'
  | { stopAtToolNames: string[] }
  | ToolsToFinalOutputFunction<TContext>;

/** The `@openai/agents` name of {@link ToolsToFinalOutputFunction}. */
export type ToolToFinalOutputFunction<TContext = unknown> =
  ToolsToFinalOutputFunction<TContext>;

/** The `@openai/agents` name of {@link ToolsToFinalOutputDecision}. */
export type ToolsToFinalOutputResult = ToolsToFinalOutputDecision;
