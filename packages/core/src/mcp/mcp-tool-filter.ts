import type { Agent } from '../agent/agent.js';
import type { RunContext } from '../context/run-context.js';
import type { MCPServer, MCPTool } from './mcp-server.js';

/** What a callable tool filter is told about the lookup. */
export interface MCPToolFilterContext<TContext = unknown> {
  /** The run's context. */
  runContext: RunContext<TContext>;
  /** The agent whose tools are being gathered. */
  agent: Agent<TContext, any>;
  /** The name of the server that lists the tool. */
  serverName: string;
}

/** Decides, per turn, whether the agent sees one of a server's tools. */
export type MCPToolFilterCallable<TContext = unknown> = (
  context: MCPToolFilterContext<TContext>,
  tool: MCPTool,
) => boolean | Promise<boolean>;

/** A fixed allow list and block list of tool names. */
export interface MCPToolFilterStatic {
  /** Only these tools (when given and not empty). */
  allowedToolNames?: string[];
  /** Never these tools. */
  blockedToolNames?: string[];
}

/**
 * A static tool filter from allow and block lists; `undefined` when both are missing, as in the Agents SDK.
 *
 * @example
 * new MCPServerStdio({ command: 'my-server', toolFilter: createMCPToolStaticFilter({ blocked: ['delete_file'] }) });
 */
export function createMCPToolStaticFilter(
  options: { allowed?: string[]; blocked?: string[] } = {},
): MCPToolFilterStatic | undefined {
  if (!options.allowed && !options.blocked) return undefined;
  return {
    ...(options.allowed && { allowedToolNames: [...options.allowed] }),
    ...(options.blocked && { blockedToolNames: [...options.blocked] }),
  };
}

/** The tools of a listing the server's filter lets through, in order. @internal */
export async function filterMcpTools(
  tools: MCPTool[],
  server: MCPServer,
  context: MCPToolFilterContext<any>,
): Promise<MCPTool[]> {
  const filter = server.toolFilter;
  if (!filter) return tools;
  if (typeof filter === 'function') {
    const kept: MCPTool[] = [];
    for (const tool of tools) if (await filter(context, tool)) kept.push(tool);
    return kept;
  }
  const allowed = filter.allowedToolNames ?? [];
  const blocked = new Set(filter.blockedToolNames ?? []);
  return tools.filter(
    (tool) =>
      (allowed.length === 0 || allowed.includes(tool.name)) &&
      !blocked.has(tool.name),
  );
}
