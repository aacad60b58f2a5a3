import type { RunContext } from '../context/run-context.js';

/** One function tool's result, as tool-use behaviour functions see it. */
export interface FunctionToolResult {
  /** The tool's name. */
  toolName: string;
  /** The text sent to the model. */
  output: string;
  /** What `execute` returned (undefined when it failed). */
  result: unknown;
  /** Why the call failed, if it did. */
  error?: unknown;
}

/** A function deciding whether the tools' results end the run, and with what output. */
export type ToolsToFinalOutputFunction<TContext = unknown> = (
  runContext: RunContext<TContext>,
  toolResults: FunctionToolResult[],
) =>
  | { isFinalOutput: false; finalOutput?: undefined }
  | { isFinalOutput: true; finalOutput: unknown }
  | Promise<
      | { isFinalOutput: false; finalOutput?: undefined }
      | { isFinalOutput: true; finalOutput: unknown }
    >;

/** What happens after an agent's function tools have run. */
export type ToolUseBehavior<TContext = unknown> =
  | 'run_llm_again'
  | 'stop_on_first_tool'
  | { stopAtToolNames: string[] }
  | ToolsToFinalOutputFunction<TContext>;
