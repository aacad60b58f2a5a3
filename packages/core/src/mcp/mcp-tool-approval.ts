import type { MCPServer } from './mcp-server.js';

/** Tool names a rule of {@link MCPToolApprovalSetting} applies to. */
export interface MCPToolNames {
  /** The tools, by the name the server lists them under. */
  toolNames?: string[];
}

/**
 * Which of a server's tools need a person's approval before a call runs, in the hosted MCP tool's shape:
 * `'always'`, `'never'` (the default), or `{ always: { toolNames }, never: { toolNames } }`, where tools named in
 * neither list need none.
 */
export type MCPToolApprovalSetting =
  'always' | 'never' | { always?: MCPToolNames; never?: MCPToolNames };

/** Whether calls of a server's tool need approval under the server's `requireApproval`. @internal */
export function mcpToolNeedsApproval(
  server: MCPServer,
  toolName: string,
): boolean {
  const setting = server.requireApproval;
  if (setting === undefined || setting === 'never') return false;
  if (setting === 'always') return true;
  if (setting.never?.toolNames?.includes(toolName)) return false;
  return setting.always?.toolNames?.includes(toolName) === true;
}
