import type { HostedApprovalFunction, HostedTool } from '@baton/core';
import { definedFields } from '../internal/defined-fields.js';

/** Tools a rule applies to: by name, or all read-only ones (those the server annotates with `readOnlyHint`). */
export interface HostedMCPToolFilter {
  /** The tools, by name. */
  toolNames?: string[];
  /** Whether the rule covers the tools that only read. */
  readOnly?: boolean;
}

/** Which of the server's calls need a person's approval: `'always'`, `'never'`, or per tool. */
export type HostedMCPApprovalSetting =
  | 'always'
  | 'never'
  | { always?: HostedMCPToolFilter; never?: HostedMCPToolFilter };

/** Options of {@link hostedMcpTool}. */
export type HostedMCPToolOptions<TContext = unknown> = {
  /** A label for the server: how the model and the call items (`server_label`) name it. */
  serverLabel: string;
  /** The tools the model may use: a list of names or a filter. Default: all of them. */
  allowedTools?: string[] | HostedMCPToolFilter;
  /** What the server is for, to help the model choose its tools. */
  serverDescription?: string;
  /** An OAuth access token for the server or connector. */
  authorization?: string;
  /** HTTP headers to send to the server (authentication, say). */
  headers?: Record<string, string>;
  /**
   * Which calls need a person's approval. Default `'never'`. A call that needs one comes back as an
   * `mcp_approval_request`: `onApproval` decides it, or the run stops with it in `result.interruptions`;
   * `state.approve(item)` / `state.reject(item)` and `run(agent, state)` send the `mcp_approval_response`.
   */
  requireApproval?: HostedMCPApprovalSetting;
  /** Decides approval requests at once (return `{ approve, reason? }`) instead of stopping the run for them. */
  onApproval?: HostedApprovalFunction<TContext>;
  /** Responses tool search's deferred loading: the server's tools are found by search rather than listed. */
  deferLoading?: boolean;
} & (
  | {
      /** The server's URL (Streamable HTTP or SSE). */
      serverUrl: string;
      connectorId?: never;
    }
  | {
      /** An OpenAI connector instead of a URL, e.g. `connector_googledrive`. */
      connectorId: string;
      serverUrl?: never;
    }
);

/**
 * A remote MCP server the Responses API calls itself: the model lists and calls its tools during the request
 * (`mcp_list_tools` and `mcp_call` items arrive as run items), with no round trip through Baton. Calls that need
 * approval come back as interruptions, like function tools with `needsApproval`.
 *
 * @example
 * const agent = new Agent({
 *   name: 'Docs',
 *   tools: [hostedMcpTool({ serverLabel: 'gitmcp', serverUrl: 'https://gitmcp.io/openai/codex' })],
 * });
 * @see docs/mcp.md
 */
export function hostedMcpTool<TContext = unknown>(
  options: HostedMCPToolOptions<TContext>,
): HostedTool {
  const providerData = definedFields({
    type: 'mcp',
    server_label: options.serverLabel,
    server_url: options.serverUrl,
    connector_id: options.connectorId,
    authorization: options.authorization,
    server_description: options.serverDescription,
    headers: options.headers,
    allowed_tools: allowedTools(options.allowedTools),
    require_approval: requireApproval(options.requireApproval),
    defer_loading: options.deferLoading,
  });
  return {
    type: 'hosted_tool',
    name: 'hosted_mcp',
    providerData,
    ...(options.onApproval && { onApproval: options.onApproval }),
  };
}

function allowedTools(option: HostedMCPToolOptions['allowedTools']): unknown {
  if (option === undefined || Array.isArray(option)) return option;
  return toolFilter(option);
}

function requireApproval(
  option: HostedMCPApprovalSetting | undefined,
): unknown {
  if (option === undefined || typeof option === 'string')
    return option ?? 'never';
  return definedFields({
    always: option.always && toolFilter(option.always),
    never: option.never && toolFilter(option.never),
  });
}

function toolFilter(filter: HostedMCPToolFilter): Record<string, unknown> {
  return definedFields({
    tool_names: filter.toolNames,
    read_only: filter.readOnly,
  });
}
