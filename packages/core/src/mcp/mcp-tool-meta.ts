import type { RunContext } from '../context/run-context.js';
import { UserError } from '../errors/errors.js';
import type { MCPServer } from './mcp-server.js';

/** What a {@link MCPToolMetaResolver} is told about the call it computes `_meta` for. */
export interface MCPToolMetaContext<TContext = unknown> {
  /** The run's context. */
  runContext: RunContext<TContext>;
  /** The name of the server the call goes to. */
  serverName: string;
  /** The tool's name on the server (not a prefixed name the model may see). */
  toolName: string;
  /** The call's parsed arguments. */
  arguments: Record<string, unknown> | null;
}

/**
 * Computes the request metadata (`_meta`) sent with one `tools/call`, from the run context, the tool and its
 * arguments: a tenant id, a trace id, a user's locale. `null` or `undefined` sends none.
 */
export type MCPToolMetaResolver<TContext = unknown> = (
  context: MCPToolMetaContext<TContext>,
) =>
  | Record<string, unknown>
  | null
  | undefined
  | Promise<Record<string, unknown> | null | undefined>;

/**
 * The `_meta` of one call from the server's `toolMetaResolver`, or undefined without one. A resolver that returns
 * something other than an object fails the call (the model is told, as for any failed call).
 * @internal
 */
export async function resolveMcpToolMeta(
  server: MCPServer,
  runContext: RunContext<any>,
  toolName: string,
  args: Record<string, unknown>,
): Promise<Record<string, unknown> | undefined> {
  const resolver = server.toolMetaResolver;
  if (!resolver) return undefined;
  const meta = await resolver({
    runContext,
    serverName: server.name,
    toolName,
    arguments: args,
  });
  if (meta === null || meta === undefined) return undefined;
  if (typeof meta !== 'object' || Array.isArray(meta))
    throw new UserError(
      `MCP server "${server.name}": toolMetaResolver returned ${Array.isArray(meta) ? 'an array' : typeof meta} for tool "${toolName}". Return an object (the call's _meta), or null for none.`,
    );
  return meta;
}
