import type { RunContext } from '../context/run-context.js';
import type { RunToolApprovalItem } from '../items/run-item.js';
import type { HostedToolDefinition } from '../model/model.js';

/** Decides a provider's request for approval (a hosted MCP call) at once, instead of stopping the run for it. */
export type HostedApprovalFunction<TContext = unknown> = (
  context: RunContext<TContext>,
  request: RunToolApprovalItem,
) =>
  | { approve: boolean; reason?: string }
  | Promise<{ approve: boolean; reason?: string }>;

/**
 * A tool the provider runs (web search, file search, code interpreter...). Baton only offers it and carries its
 * call items; concrete hosted tools are built on this shape.
 */
export interface HostedTool extends HostedToolDefinition {
  /** Hosted tools are always offered. */
  readonly isEnabled?: true;
  /** For a hosted MCP server: answers its approval requests; without it they stop the run as interruptions. */
  readonly onApproval?: HostedApprovalFunction<any>;
}

/** Declares a hosted tool from its wire form, e.g. `hostedTool({ type: 'web_search' })`. */
export function hostedTool(
  providerData: { type: string; [field: string]: unknown },
  name = providerData.type,
): HostedTool {
  return { type: 'hosted_tool', name, providerData };
}
