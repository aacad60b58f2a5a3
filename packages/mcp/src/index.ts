/**
 * `@baton/mcp`: Model Context Protocol servers as tools for Baton agents, on the official MCP SDK. Give an agent
 * `mcpServers: [new MCPServerStdio({ command, args })]` (or `MCPServerStreamableHttp`, `MCPServerSSE`), connect
 * the servers before the run (`connectMcpServers`) and close them after; read their resources with `listResources`,
 * `listResourceTemplates` and `readResource`. Filters, caching, approvals, tool metadata and guardrails are in
 * `@baton/core` and re-exported here.
 *
 * Every symbol is documented where it is defined.
 * @see docs/mcp.md in the Baton repository
 * @module
 */

export { BaseMCPServer } from './base-mcp-server.js';
export type { MCPServerOptions } from './mcp-server-options.js';
export {
  MCPServerStdio,
  type DefaultMCPServerStdioOptions,
  type FullCommandMCPServerStdioOptions,
  type MCPServerStdioOptions,
} from './mcp-server-stdio.js';
export {
  MCPServerStreamableHttp,
  type MCPServerStreamableHttpOptions,
} from './mcp-server-streamable-http.js';
export { MCPServerSSE, type MCPServerSSEOptions } from './mcp-server-sse.js';
export {
  connectMcpServers,
  MCPServers,
  type MCPServersOptions,
  type MCPServersReconnectOptions,
} from './connect-mcp-servers.js';
export { MCPServerError } from './mcp-server-error.js';
export {
  createMCPToolStaticFilter,
  getAllMcpTools,
  invalidateServerToolsCache,
  mcpToFunctionTool,
  type CallToolResult,
  type CallToolResultContent,
  type MCPCallToolOptions,
  type MCPBlobResourceContent,
  type MCPConfig,
  type MCPListResourcesParams,
  type MCPListResourcesResult,
  type MCPListResourceTemplatesResult,
  type MCPReadResourceResult,
  type MCPResource,
  type MCPResourceContent,
  type MCPResourceTemplate,
  type MCPServer,
  type MCPServerWithResources,
  type MCPTextResourceContent,
  type MCPTool,
  type MCPToolApprovalSetting,
  type MCPToolErrorFunction,
  type MCPToolFilterCallable,
  type MCPToolFilterContext,
  type MCPToolFilterStatic,
  type MCPToolMetaContext,
  type MCPToolMetaResolver,
} from '@baton/core';
