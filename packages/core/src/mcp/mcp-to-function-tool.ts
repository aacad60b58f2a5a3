import { getCurrentSpan } from '@baton/tracing';
import type { RunContext } from '../context/run-context.js';
import { UserError } from '../errors/errors.js';
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
import { resolveMcpToolMeta } from './mcp-tool-meta.js';

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
 * with extra properties allowed. The server's `toolInputGuardrails` and `toolOutputGuardrails` become the tool's
 * guardrails, and its `toolMetaResolver` gives each call's `_meta`.
 */
export function mcpToFunctionTool(
  mcpTool: MCPTool,
  server: MCPServer,
  options: MCPFunctionToolOptions = {},
): FunctionTool<unknown, JsonObjectSchema, unknown> {
  if (server.customDataExtractor)
    throw new UserError(
      `MCP server "${server.name}": \`customDataExtractor\` needs custom data on tool output items, which is not built in Baton yet. ` +
        'Remove it, or keep this code on @openai/agents until Baton has the feature (see docs/porting-from-openai-agents.md).',
    );
  const base = {
    name: options.toolNameOverride ?? mcpTool.name,
    description: mcpTool.description ?? '',
    needsApproval: mcpToolNeedsApproval(server, mcpTool.name),
    errorFunction: toErrorFunction(
      server.errorFunction !== undefined
        ? server.errorFunction
        : options.errorFunction,
    ),
    inputGuardrails: server.toolInputGuardrails ?? [],
    outputGuardrails: server.toolOutputGuardrails ?? [],
    execute: async (
      input: unknown,
      runContext: RunContext<unknown>,
      details: { signal: AbortSignal },
    ) => {
      const args = (input ?? {}) as Record<string, unknown>;
      // The call's `function` span is the current one: it names the server, as the Agents SDK's does.
      const span = getCurrentSpan();
      if (span?.spanData.type === 'function')
        span.spanData.mcp_data = JSON.stringify({ server: server.name });
      const meta = await resolveMcpToolMeta(
        server,
        runContext,
        mcpTool.name,
        args,
      );
      const result = await callServer(server, mcpTool.name, args, {
        meta,
        signal: details.signal,
      });
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
  call: { meta: Record<string, unknown> | undefined; signal: AbortSignal },
): Promise<CallToolResult> {
  const { meta, signal } = call;
  if (server.callToolResult)
    return server.callToolResult(name, args, meta, { signal });
  const content = await server.callTool(name, args, meta, { signal });
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
