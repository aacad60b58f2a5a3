import type { Agent } from '../agent/agent.js';
import type { RunContext } from '../context/run-context.js';
import { UserError } from '../errors/errors.js';
import type { FunctionTool } from '../tools/function-tool.js';
import { toFunctionToolName } from '../tools/to-function-tool-name.js';
import type { MCPServer, MCPTool, MCPToolErrorFunction } from './mcp-server.js';
import { mcpToFunctionTool } from './mcp-to-function-tool.js';
import { listServerTools } from './mcp-tool-cache.js';
import { filterMcpTools } from './mcp-tool-filter.js';

/** How an agent turns its MCP servers' tools into function tools (`mcpConfig`). */
export interface MCPConfig {
  /** Make each tool's schema strict when it can be (OpenAI strict mode). Default false. */
  convertSchemasToStrict?: boolean;
  /** What the model is told when an MCP call fails; `null` ends the run instead. A server's own setting wins. */
  errorFunction?: MCPToolErrorFunction | null;
  /** Prefix tool names with the server's name (`files_read_file`), so servers with the same tools can coexist. */
  includeServerInToolNames?: boolean;
}

/** Options of {@link getAllMcpTools}. */
export interface GetAllMcpToolsOptions<TContext = unknown> {
  /** The servers, in the order their tools are offered. */
  mcpServers: readonly MCPServer[];
  /** The run context callable filters receive. */
  runContext: RunContext<TContext>;
  /** The agent callable filters receive. */
  agent: Agent<TContext, any>;
  /** See {@link MCPConfig}. */
  convertSchemasToStrict?: boolean;
  /** See {@link MCPConfig}. */
  errorFunction?: MCPToolErrorFunction | null;
  /** See {@link MCPConfig}. */
  includeServerInToolNames?: boolean;
}

const MAX_TOOL_NAME_LENGTH = 64;
// A cached listing hands back the same MCPTool objects every turn, so their function tools are built once.
const converted = new WeakMap<
  MCPServer,
  WeakMap<MCPTool, { inputs: unknown[]; tool: FunctionTool<any, any, any> }>
>();

/**
 * The function tools of every server, listed (or taken from the cache) and filtered for this agent and turn.
 * Two servers offering the same tool name is a `UserError`: the model could not tell them apart.
 */
export async function getAllMcpTools<TContext>(
  options: GetAllMcpToolsOptions<TContext>,
): Promise<FunctionTool<TContext, any, any>[]> {
  const { mcpServers, runContext, agent } = options;
  const listings = await Promise.all(
    mcpServers.map(async (server) =>
      filterMcpTools(await listServerTools(server, agent), server, {
        runContext,
        agent,
        serverName: server.name,
      }),
    ),
  );
  const tools: FunctionTool<TContext, any, any>[] = [];
  const seen = new Map<string, string>();
  listings.forEach((listing, index) => {
    const server = mcpServers[index]!;
    for (const mcpTool of listing) {
      const made = toolFor(server, mcpTool, options);
      const other = seen.get(made.name);
      if (other !== undefined)
        throw new UserError(
          `Agent "${agent.name}": MCP servers "${other}" and "${server.name}" both offer a tool named "${made.name}". ` +
            'Filter one out with `toolFilter`, or set `mcpConfig.includeServerInToolNames`.',
        );
      seen.set(made.name, server.name);
      tools.push(made);
    }
  });
  return tools;
}

function toolFor(
  server: MCPServer,
  mcpTool: MCPTool,
  options: GetAllMcpToolsOptions<any>,
): FunctionTool<any, any, any> {
  // Everything the conversion reads: a change to any of them (settings can be reassigned) builds the tool anew.
  const inputs = [
    options.convertSchemasToStrict === true,
    options.includeServerInToolNames === true,
    options.errorFunction,
    server.errorFunction,
    server.requireApproval,
    server.useStructuredContent,
    server.toolInputGuardrails,
    server.toolOutputGuardrails,
  ];
  let byTool = converted.get(server);
  const memo = byTool?.get(mcpTool);
  if (memo && memo.inputs.every((value, index) => value === inputs[index]))
    return memo.tool;
  const made = mcpToFunctionTool(mcpTool, server, {
    convertSchemasToStrict: options.convertSchemasToStrict,
    errorFunction: options.errorFunction,
    ...(options.includeServerInToolNames && {
      toolNameOverride: toFunctionToolName(
        `${server.name}_${mcpTool.name}`,
      ).slice(0, MAX_TOOL_NAME_LENGTH),
    }),
  });
  if (!byTool) converted.set(server, (byTool = new WeakMap()));
  byTool.set(mcpTool, { inputs, tool: made });
  return made;
}
