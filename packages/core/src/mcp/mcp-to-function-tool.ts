import { getCurrentSpan } from '@baton/tracing';
import type { JsonObjectSchema } from '../model/model.js';
import {
  tool,
  type FunctionTool,
  type ToolErrorFunction,
} from '../tools/function-tool.js';
import type {
  CallToolResult,
  MCPServer,
  MCPTool,
  MCPToolErrorFunction,
} from './mcp-server.js';
import { mcpResultToOutput } from './mcp-result-to-output.js';
import { mcpToolNeedsApproval } from './mcp-tool-approval.js';

/** Options of {@link mcpToFunctionTool}. */
export interface MCPFunctionToolOptions {
  /** Offer the schema in strict mode when it can be made strict (else it goes as it is). Default false. */
  convertSchemasToStrict?: boolean;
  /** The name the model sees, when not the server's. */
  toolNameOverride?: string;
  /** What the model is told when a call fails, unless the server sets its own `errorFunction`. */
  errorFunction?: MCPToolErrorFunction | null;
}

/**
 * An MCP server's tool as a function tool: calls go to the server (with the call's abort signal), and the result's
 * text, images, resources or structured content become the tool's output. With `convertSchemasToStrict`, the
 * schema is made strict when it can be, as the Agents SDK does; otherwise, and when it cannot, it is sent as it is
 * with extra properties allowed.
 */
export function mcpToFunctionTool(
  mcpTool: MCPTool,
  server: MCPServer,
  options: MCPFunctionToolOptions = {},
): FunctionTool<unknown, JsonObjectSchema, unknown> {
  const base = {
    name: options.toolNameOverride ?? mcpTool.name,
    description: mcpTool.description ?? '',
    needsApproval: mcpToolNeedsApproval(server, mcpTool.name),
    errorFunction: toErrorFunction(
      server.errorFunction !== undefined
        ? server.errorFunction
        : options.errorFunction,
    ),
    execute: async (
      input: unknown,
      _context: unknown,
      details: { signal: AbortSignal },
    ) => {
      const args = (input ?? {}) as Record<string, unknown>;
      // The call's `function` span is the current one: it names the server, as the Agents SDK's does.
      const span = getCurrentSpan();
      if (span?.spanData.type === 'function')
        span.spanData.mcp_data = JSON.stringify({ server: server.name });
      const result = await callServer(
        server,
        mcpTool.name,
        args,
        details.signal,
      );
      return mcpResultToOutput(result, server.useStructuredContent === true);
    },
  };
  const schema = objectSchema(mcpTool.inputSchema);
  if (options.convertSchemasToStrict) {
    const empty = Object.keys(mcpTool.inputSchema ?? {}).length === 0;
    try {
      return tool({
        ...base,
        parameters: empty ? { ...schema, additionalProperties: false } : schema,
        strict: true,
      });
    } catch {
      // A schema strict mode cannot express (open objects, say) still works when sent as it is.
    }
  }
  return tool({
    ...base,
    parameters: { ...schema, additionalProperties: true },
    strict: false,
  });
}

async function callServer(
  server: MCPServer,
  name: string,
  args: Record<string, unknown>,
  signal: AbortSignal,
): Promise<CallToolResult> {
  if (server.callToolResult)
    return server.callToolResult(name, args, undefined, { signal });
  const content = await server.callTool(name, args, undefined, { signal });
  return {
    content: [...content],
    ...(content.structuredContent !== undefined && {
      structuredContent: content.structuredContent,
    }),
    ...(content.isError !== undefined && { isError: content.isError }),
  };
}

function objectSchema(input: MCPTool['inputSchema'] | undefined) {
  const schema = input ?? {};
  return {
    ...schema,
    type: 'object' as const,
    properties: schema.properties ?? {},
    required: schema.required ?? [],
  } as JsonObjectSchema;
}

function toErrorFunction(
  option: MCPToolErrorFunction | null | undefined,
): ToolErrorFunction | null | undefined {
  if (typeof option !== 'function') return option;
  return (context, error) => option({ context, error });
}
