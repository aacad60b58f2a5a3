import type {
  StreamableHTTPClientTransport,
  StreamableHTTPClientTransportOptions,
} from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { BaseMCPServer } from './base-mcp-server.js';
import type { MCPServerOptions } from './mcp-server-options.js';

/** Options of {@link MCPServerStreamableHttp}. */
export interface MCPServerStreamableHttpOptions extends MCPServerOptions {
  /** The server's MCP endpoint, e.g. `http://127.0.0.1:3000/mcp`. */
  url: string;
  /** Extra `fetch` options for every request (headers such as `Authorization`). */
  requestInit?: RequestInit;
  /** An OAuth client provider (the MCP SDK's `OAuthClientProvider`). */
  authProvider?: StreamableHTTPClientTransportOptions['authProvider'];
  /** A `fetch` to use instead of the global one. */
  fetch?: StreamableHTTPClientTransportOptions['fetch'];
  /** How the server-sent event stream reconnects (the MCP SDK's options). */
  reconnectionOptions?: StreamableHTTPClientTransportOptions['reconnectionOptions'];
  /** Resume an existing MCP session by its id. */
  sessionId?: string;
}

/**
 * An MCP server reached over Streamable HTTP. `close()` ends the MCP session on the server too.
 *
 * @example
 * const server = new MCPServerStreamableHttp({ url: 'http://127.0.0.1:3000/mcp', cacheToolsList: true });
 * @see docs/mcp.md
 */
export class MCPServerStreamableHttp extends BaseMCPServer {
  readonly #options: MCPServerStreamableHttpOptions;
  #transport: StreamableHTTPClientTransport | undefined;

  constructor(options: MCPServerStreamableHttpOptions) {
    super(options, `streamable-http: ${options.url}`);
    this.#options = options;
  }

  /** The MCP session id the server gave, while connected. */
  get sessionId(): string | undefined {
    return this.#transport?.sessionId;
  }

  protected async createTransport(): Promise<Transport> {
    const { StreamableHTTPClientTransport } =
      await import('@modelcontextprotocol/sdk/client/streamableHttp.js');
    const { url, requestInit, authProvider, fetch, reconnectionOptions } =
      this.#options;
    this.#transport = new StreamableHTTPClientTransport(new URL(url), {
      ...(requestInit && { requestInit }),
      ...(authProvider && { authProvider }),
      ...(fetch && { fetch }),
      ...(reconnectionOptions && { reconnectionOptions }),
      ...(this.#options.sessionId && { sessionId: this.#options.sessionId }),
    });
    return this.#transport;
  }

  // 404: the server no longer knows the session (it restarted); a failed fetch: it is not answering.
  protected override isSessionLost(error: unknown): boolean {
    const code = (error as { code?: unknown } | null)?.code;
    return (
      code === 404 ||
      (error instanceof TypeError && error.message === 'fetch failed')
    );
  }

  protected override async beforeClose() {
    const transport = this.#transport;
    this.#transport = undefined;
    // A server that is gone cannot end the session; closing goes on regardless.
    await transport?.terminateSession().catch(() => undefined);
  }
}
