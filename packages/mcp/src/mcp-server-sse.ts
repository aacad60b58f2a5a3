import type { SSEClientTransportOptions } from '@modelcontextprotocol/sdk/client/sse.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { BaseMCPServer } from './base-mcp-server.js';
import type { MCPServerOptions } from './mcp-server-options.js';

/** Options of {@link MCPServerSSE}. */
export interface MCPServerSSEOptions extends MCPServerOptions {
  /** The server's SSE endpoint, e.g. `http://127.0.0.1:3000/sse`. */
  url: string;
  /** Extra `fetch` options for the POSTed messages (headers such as `Authorization`). */
  requestInit?: RequestInit;
  /** Options of the event stream (the `eventsource` package's). */
  eventSourceInit?: SSEClientTransportOptions['eventSourceInit'];
  /** An OAuth client provider (the MCP SDK's `OAuthClientProvider`). */
  authProvider?: SSEClientTransportOptions['authProvider'];
  /** A `fetch` to use instead of the global one. */
  fetch?: SSEClientTransportOptions['fetch'];
}

/**
 * An MCP server reached over the older HTTP+SSE transport. Prefer {@link MCPServerStreamableHttp} for servers that
 * offer both.
 * @see docs/mcp.md
 */
export class MCPServerSSE extends BaseMCPServer {
  readonly #options: MCPServerSSEOptions;

  constructor(options: MCPServerSSEOptions) {
    super(options, `sse: ${options.url}`);
    this.#options = options;
  }

  protected async createTransport(): Promise<Transport> {
    const { SSEClientTransport } =
      await import('@modelcontextprotocol/sdk/client/sse.js');
    const { url, requestInit, eventSourceInit, authProvider, fetch } =
      this.#options;
    return new SSEClientTransport(new URL(url), {
      ...(requestInit && { requestInit }),
      ...(eventSourceInit && { eventSourceInit }),
      ...(authProvider && { authProvider }),
      ...(fetch && { fetch }),
    });
  }
}
