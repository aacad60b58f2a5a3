import type { FunctionTool } from './function-tool.js';
import type { HostedTool } from './hosted-tool.js';
import type { ComputerTool } from '../computer/computer-tool.js';

/** Anything an agent can be given in `tools`. */
export type Tool<TContext = unknown> =
  FunctionTool<TContext, any, any> | HostedTool | ComputerTool<TContext>;
