import type { Agent } from '../agent/agent.js';
import { traceMcpListing } from '../tracing/trace-run.js';
import type { MCPServer, MCPTool } from './mcp-server.js';

// By name, as the Agents SDK keys it, so `invalidateServerToolsCache(name)` works without the server object;
// within a name by instance, so two servers that share a name do not see each other's tools.
const cache = new Map<string, WeakMap<MCPServer, MCPTool[]>>();
const generations = new Map<string, number>();

/**
 * A server's tools: from the cache when the server caches and has a listing, else listed now (in an `mcp_tools`
 * span when the run is traced).
 * @internal
 */
export async function listServerTools(
  server: MCPServer,
  agent: Agent<any, any>,
): Promise<MCPTool[]> {
  const listNow = () =>
    traceMcpListing(agent, server.name, () => server.listTools());
  if (!server.cacheToolsList) return listNow();
  const { name } = server;
  const cached = cache.get(name)?.get(server);
  if (cached) return cached;
  const generation = generations.get(name) ?? 0;
  const tools = await listNow();
  // An invalidation while the listing ran means it may be stale: use it for this turn, but keep nothing.
  if ((generations.get(name) ?? 0) === generation) {
    let byServer = cache.get(name);
    if (!byServer) cache.set(name, (byServer = new WeakMap()));
    byServer.set(server, tools);
  }
  return tools;
}

/**
 * Forgets the cached tool lists of every server with this name, so the next turn lists their tools again. MCP
 * servers of `@baton/mcp` call it on `notifications/tools/list_changed` and from `invalidateToolsCache()`.
 */
export async function invalidateServerToolsCache(
  serverName: string,
): Promise<void> {
  cache.delete(serverName);
  generations.set(serverName, (generations.get(serverName) ?? 0) + 1);
}
