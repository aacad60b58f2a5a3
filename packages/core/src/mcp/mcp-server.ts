import type { RunContext } from '../context/run-context.js';
import type {
  ToolInputGuardrailDefinition,
  ToolOutputGuardrailDefinition,
} from '../guardrails/tool-guardrail.js';
import type { MCPToolMetaResolver } from './mcp-tool-meta.js';
import type {
  MCPToolFilterCallable,
  MCPToolFilterStatic,
} from './mcp-tool-filter.js';
import type { MCPToolApprovalSetting } from './mcp-tool-approval.js';

/** A tool as an MCP server lists it (`tools/list`); fields Baton does not read pass through. */
export interface MCPTool {
  /** The name the server knows the tool by. */
  name: string;
  /** What the tool does, for the model. */
  description?: string;
  /** The JSON schema of the tool's arguments (an object schema). */
  inputSchema: {
    type?: 'object';
    properties?: Record<string, unknown>;
    required?: string[];
    additionalProperties?: boolean;
    [field: string]: unknown;
  };
  [field: string]: unknown;
}

/** One part of an MCP tool result (`text`, `image`, `audio`, `resource`, `resource_link`...). */
export interface MCPContent {
  type: string;
  [field: string]: unknown;
}

/** An MCP tool result, as `tools/call` returns it. */
export interface CallToolResult {
  /** The result's parts. */
  content: MCPContent[];
  /** A JSON object the tool returns beside (or instead of) `content`. */
  structuredContent?: Record<string, unknown>;
  /** True when the tool failed; `content` then says why, for the model. */
  isError?: boolean;
  _meta?: Record<string, unknown>;
}

/** A result's parts with its other fields attached, as the Agents SDK's `callTool` returns them. */
export type CallToolResultContent = MCPContent[] &
  Pick<CallToolResult, '_meta' | 'structuredContent' | 'isError'>;

/** Options of one MCP tool call. */
export interface MCPCallToolOptions {
  /** Aborted when the run is aborted or the tool times out: the server is told to cancel the request. */
  signal?: AbortSignal;
}

/** Turns an MCP tool's failure (a throw, a lost connection) into the text the model sees. */
export type MCPToolErrorFunction = (args: {
  context: RunContext<any>;
  error: unknown;
}) => string | Promise<string>;

/**
 * An MCP server an agent takes its tools from (`mcpServers`). `@baton/mcp` has implementations for stdio,
 * Streamable HTTP and SSE; anything with this shape works.
 * @see docs/mcp.md
 */
export interface MCPServer {
  /** The server's name: in traces, tool cache keys and filter contexts. */
  readonly name: string;
  /** Keep the tool list between turns (until invalidated) instead of listing it on every turn. */
  cacheToolsList: boolean;
  /** Which of the server's tools the agent sees: a static allow/block list or a function. */
  toolFilter?: MCPToolFilterCallable | MCPToolFilterStatic;
  /** Which tools need a person's approval before a call runs (Baton; the hosted MCP tool's shape). */
  requireApproval?: MCPToolApprovalSetting;
  /** Send `structuredContent` to the model (as JSON) instead of `content` when a result has it. Default false. */
  useStructuredContent?: boolean;
  /** What the model is told when a call fails; `null` makes a failure end the run. Default: the agent's setting. */
  errorFunction?: MCPToolErrorFunction | null;
  /** Computes the `_meta` sent with each `tools/call` from the run context, the tool's name and its arguments. */
  toolMetaResolver?: MCPToolMetaResolver<any>;
  /** Checks every call of this server's tools before it reaches the server, as a function tool's `inputGuardrails`. */
  toolInputGuardrails?: ToolInputGuardrailDefinition<any>[];
  /** Checks every result of this server's tools before the model sees it, as a function tool's `outputGuardrails`. */
  toolOutputGuardrails?: ToolOutputGuardrailDefinition<any>[];
  /**
   * Custom data on the tool output items of this server's calls (Agents SDK). Not built in Baton yet: a server
   * that sets it makes listing its tools throw a `UserError`.
   */
  customDataExtractor?: (...args: any[]) => unknown;
  /** Opens the connection (starts the process, for stdio). */
  connect(): Promise<void>;
  /** Closes the connection (and ends the process, for stdio). */
  close(): Promise<void>;
  /** The server's tools (`tools/list`, every page). */
  listTools(): Promise<MCPTool[]>;
  /** Calls a tool and returns its content with the result's other fields attached. */
  callTool(
    toolName: string,
    args: Record<string, unknown> | null,
    meta?: Record<string, unknown> | null,
    options?: MCPCallToolOptions,
  ): Promise<CallToolResultContent>;
  /** Calls a tool and returns the whole result; preferred over `callTool` when present. */
  callToolResult?(
    toolName: string,
    args: Record<string, unknown> | null,
    meta?: Record<string, unknown> | null,
    options?: MCPCallToolOptions,
  ): Promise<CallToolResult>;
  /** Forgets the cached tool list, so the next turn lists the tools again. */
  invalidateToolsCache(): Promise<void>;
}
