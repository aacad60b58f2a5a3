import type {
  MCPServer,
  MCPToolApprovalSetting,
  MCPToolFilterCallable,
  MCPToolFilterStatic,
  MCPToolMetaResolver,
  ToolInputGuardrailDefinition,
  ToolOutputGuardrailDefinition,
} from '@baton/core';

/** Options every MCP server of `@baton/mcp` takes, whatever its transport. */
export interface MCPServerOptions {
  /** The server's name (traces, cache keys, filter contexts). Default: the transport and the command or URL. */
  name?: string;
  /** Keep the tool list between turns until the server says it changed (or it is invalidated). Default false. */
  cacheToolsList?: boolean;
  /** Seconds to wait for the connection handshake and for listings. Default 5. */
  clientSessionTimeoutSeconds?: number;
  /** Milliseconds a tool call may take before it fails (the model is told). Default 60,000. */
  timeout?: number;
  /** Most pages one `listTools()` reads before it gives up (a server that pages forever). Default 64. */
  maxListPages?: number;
  /** Which of the server's tools agents see: `createMCPToolStaticFilter(...)` or a function. */
  toolFilter?: MCPToolFilterCallable | MCPToolFilterStatic;
  /** Which tools need a person's approval before a call runs: `'always'`, `'never'` or per tool name. */
  requireApproval?: MCPToolApprovalSetting;
  /** Send `structuredContent` to the model (as JSON) instead of `content` when a result has it. Default false. */
  useStructuredContent?: boolean;
  /** What the model is told when a call fails; `null` makes a failure end the run. */
  errorFunction?: MCPServer['errorFunction'];
  /**
   * Computes the `_meta` of each `tools/call` from the run context, the tool's name and its arguments (after the
   * tool's input guardrails passed). Return `null` or `undefined` to send none.
   */
  toolMetaResolver?: MCPToolMetaResolver<any>;
  /**
   * Guardrails run before every call of this server's tools, as a function tool's `inputGuardrails`: a
   * `rejectContent` answers the model with its message and the call never reaches the server.
   */
  toolInputGuardrails?: ToolInputGuardrailDefinition<any>[];
  /** Guardrails run on every result of this server's tools before the model sees it, as `outputGuardrails`. */
  toolOutputGuardrails?: ToolOutputGuardrailDefinition<any>[];
  /** Custom data on tool output items (Agents SDK). Not built in Baton yet: setting it throws a `UserError`. */
  customDataExtractor?: (...args: any[]) => unknown;
}
